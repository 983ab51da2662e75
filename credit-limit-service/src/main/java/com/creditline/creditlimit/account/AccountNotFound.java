package com.creditline.creditlimit.account;

import com.creditline.common.error.NotFound;

/** The customer has no credit account. */
class AccountNotFound extends NotFound {

    AccountNotFound() {
        super("The customer has no credit account.");
    }
}
