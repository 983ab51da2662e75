package com.creditline.risk.merchant;

import com.creditline.common.security.Access;
import com.creditline.common.security.Caller;
import com.creditline.risk.merchant.model.MerchantId;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may send and read a merchant's sales and apply for its line. Until merchants get keys of their
 * own, a merchant calls as a partner whose partner id is the merchant's id, with the scope
 * {@code merchant:sales}; staff admins and the platform's services may act for any merchant, and any
 * staff member may read.
 */
final class MerchantAccess {

    private MerchantAccess() {}

    static final String MERCHANT_SCOPE = "hasAuthority('SCOPE_merchant:sales')";

    /** Sending sales and a profile, applying: admins, services, the merchant itself. */
    static final String MERCHANT_WRITE = Access.ADMIN + " or " + Access.SERVICE + " or " + MERCHANT_SCOPE;

    /** Reading sales, profile and decisions: any staff, services, the merchant itself. */
    static final String MERCHANT_READ = Access.STAFF + " or " + Access.SERVICE + " or " + MERCHANT_SCOPE;

    /** Refuses a caller who passed the endpoint's rule by its scope but acts for another merchant. */
    static MerchantId actingFor(String merchantId, Caller caller) {
        MerchantId id = MerchantId.of(merchantId);
        switch (caller.kind()) {
            case STAFF, SERVICE -> {}
            case PARTNER -> {
                if (!caller.partner().equals(id.value())) {
                    throw new AccessDeniedException("a merchant acts only for itself");
                }
            }
            case CLIENT -> throw new AccessDeniedException("only the merchant, staff and services act for a merchant");
        }
        return id;
    }
}
