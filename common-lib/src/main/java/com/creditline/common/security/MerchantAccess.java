package com.creditline.common.security;

import org.springframework.security.access.AccessDeniedException;

/**
 * Who may act for a merchant on the {@code /api/v1/merchants/{merchantId}/**} paths, in every service
 * that serves one. A merchant calls with its own partner key (the partner's id is the merchant's id)
 * carrying {@code merchant:sales} (its sales, profile and line applications, in risk-scoring) and/or
 * {@code merchant:loans} (its line, draws, loans and statements); staff and the platform's services
 * may act for any merchant. {@link #actingFor} refuses a key that acts for another merchant.
 */
public final class MerchantAccess {

    private MerchantAccess() {}

    public static final String SALES_SCOPE = "hasAuthority('SCOPE_merchant:sales')";
    public static final String LOANS_SCOPE = "hasAuthority('SCOPE_merchant:loans')";

    /** Sending sales and a profile, applying for a line: admins, services, the merchant itself. */
    public static final String SALES_WRITE = Access.ADMIN + " or " + Access.SERVICE + " or " + SALES_SCOPE;

    /** Reading sales, profile and decisions: any staff, services, the merchant itself. */
    public static final String SALES_READ = Access.STAFF + " or " + Access.SERVICE + " or " + SALES_SCOPE;

    /** Drawing on the merchant's line: admins, services, the merchant itself. */
    public static final String LOANS_WRITE = Access.ADMIN + " or " + Access.SERVICE + " or " + LOANS_SCOPE;

    /** Reading the merchant's line, draws, loans and statements: any staff, services, the merchant. */
    public static final String LOANS_READ = Access.STAFF + " or " + Access.SERVICE + " or " + LOANS_SCOPE;

    /**
     * Refuses a caller who passed the endpoint's rule but acts for another merchant (a merchant's key
     * for another merchant id) or is no one who acts for merchants (the shop's client).
     *
     * @return the merchant id, as given
     * @throws AccessDeniedException when the caller may not act for this merchant
     */
    public static String actingFor(String merchantId, Caller caller) {
        switch (caller.kind()) {
            case STAFF, SERVICE -> {}
            case PARTNER -> {
                if (!caller.partner().equals(merchantId)) {
                    throw new AccessDeniedException("a merchant acts only for itself");
                }
            }
            case CLIENT -> throw new AccessDeniedException("only the merchant, staff and services act for a merchant");
        }
        return merchantId;
    }
}
