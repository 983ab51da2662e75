package com.creditline.checkout.order;

import com.creditline.common.error.Conflict;

/** This refund id was already used for another order or amount. */
public class RefundConflict extends Conflict {

    RefundConflict() {
        super("This refund id was already used for another order or amount.");
    }
}
