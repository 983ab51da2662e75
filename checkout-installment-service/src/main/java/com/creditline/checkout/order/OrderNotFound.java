package com.creditline.checkout.order;

import com.creditline.common.error.NotFound;

/** No order has that id. */
public class OrderNotFound extends NotFound {

    OrderNotFound() {
        super("No order has that id.");
    }
}
