package com.creditline.events.checkout;

/** The topics checkout-installment-service publishes to; every message is keyed by customer id. */
public final class CheckoutTopics {

    /** Orders financed at checkout: authorisations, plans created on capture, voids, refunds. */
    public static final String ORDERS = "checkout.orders.v1";

    private CheckoutTopics() {}
}
