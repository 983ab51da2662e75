package com.creditline.checkout.cash;

import com.creditline.common.error.Conflict;

/** This Idempotency-Key was used for another draw of the customer. */
class CashDrawConflict extends Conflict {

    CashDrawConflict() {
        super("This Idempotency-Key was used for another draw of the customer.");
    }
}
