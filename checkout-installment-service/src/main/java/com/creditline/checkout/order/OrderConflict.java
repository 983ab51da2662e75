package com.creditline.checkout.order;

import com.creditline.common.error.Conflict;

/** This order id was already used for another customer or amount. */
public class OrderConflict extends Conflict {

    OrderConflict() {
        super("This order id was already used for another customer or amount.");
    }
}
