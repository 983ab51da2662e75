package com.creditline.repayment;

import com.creditline.common.security.Access;

/**
 * Who may call repayment's own endpoints, beyond the roles and customer scopes every service shares
 * ({@link Access}).
 */
public final class RepaymentAccess {

    private RepaymentAccess() {}

    /** Paying: the shop on behalf of a customer. */
    public static final String REPAYMENTS_WRITE = "hasAuthority('SCOPE_repayments:write')";

    /**
     * Reading a funder's statements and loan tape: staff, and a partner's {@code funding:read} key
     * (only for the funder linked to that partner: see {@code FunderScoping}).
     */
    public static final String FUNDING_READ = "hasAuthority('SCOPE_funding:read') or " + Access.STAFF;
}
