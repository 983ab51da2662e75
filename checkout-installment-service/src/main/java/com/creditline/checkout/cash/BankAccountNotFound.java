package com.creditline.checkout.cash;

import com.creditline.common.error.NotFound;

/** The customer has no bank account with this id. */
class BankAccountNotFound extends NotFound {

    BankAccountNotFound() {
        super("The customer has no bank account with this id.");
    }
}
