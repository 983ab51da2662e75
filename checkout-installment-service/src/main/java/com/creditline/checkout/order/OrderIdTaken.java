package com.creditline.checkout.order;

import com.creditline.common.error.Conflict;

/**
 * The order id is in use already, by someone else than the caller. Whose order it is, is not
 * said: choose another id.
 */
public class OrderIdTaken extends Conflict {

    OrderIdTaken() {
        super("This order id is already in use; choose another one.");
    }
}
