package com.creditline.checkout.cash;

import com.creditline.common.error.NotFound;

/** No cash draw has this id. */
class CashDrawNotFound extends NotFound {

    CashDrawNotFound() {
        super("No cash draw has this id.");
    }
}
