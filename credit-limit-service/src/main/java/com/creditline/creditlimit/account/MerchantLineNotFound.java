package com.creditline.creditlimit.account;

import com.creditline.common.error.NotFound;

/** The merchant has no line: none was opened for its borrower id, or that id's line is not a merchant's. */
class MerchantLineNotFound extends NotFound {

    MerchantLineNotFound() {
        super("The merchant has no credit line.");
    }
}
