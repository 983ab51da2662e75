package com.creditline.checkout.cash.model;

/**
 * What a draw lends, and so where its money goes and how its plan is told: CASH (京东金条-style, a
 * consumer's line to one of the customer's bank accounts) or MERCHANT (京小贷-style, a merchant's line
 * to the merchant's settlement account). The name is the product of the draw's {@code PlanCreated}.
 */
public enum DrawProduct {
    CASH,
    MERCHANT
}
