package com.creditline.checkout.cash;

import com.creditline.common.error.Conflict;

/** The draw with this Idempotency-Key is still being placed; retry shortly. */
class CashDrawInProgress extends Conflict {

    CashDrawInProgress() {
        super("The draw with this Idempotency-Key is still being placed; retry shortly.");
    }
}
