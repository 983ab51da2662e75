package com.creditline.checkout;

import com.creditline.common.security.Access;

/**
 * Who may call checkout's own endpoints, beyond the roles and customer scopes every service shares
 * ({@link Access}).
 */
public final class CheckoutAccess {

    private CheckoutAccess() {}

    /** Quotes, authorisations, captures, voids and refunds: the shop and partners. */
    public static final String CHECKOUT_WRITE = "hasAuthority('SCOPE_checkout:write')";

    /** Reading orders: the shop, partners (their own orders only) and staff. */
    public static final String ORDERS_READ = "hasAuthority('SCOPE_orders:read') or " + Access.STAFF;
}
