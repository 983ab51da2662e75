package com.creditline.repayment;

/**
 * Who may call repayment's own endpoints, beyond the roles and customer scopes every service shares
 * ({@link com.creditline.common.security.Access}).
 */
public final class RepaymentAccess {

    private RepaymentAccess() {}

    /** Paying: the shop on behalf of a customer. */
    public static final String REPAYMENTS_WRITE = "hasAuthority('SCOPE_repayments:write')";
}
