package com.creditline.checkout.cash;

import com.creditline.common.error.Conflict;

/** The customer registered this account number already. */
class BankAccountAlreadyRegistered extends Conflict {

    BankAccountAlreadyRegistered() {
        super("The customer registered this account number already.");
    }
}
