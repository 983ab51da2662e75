package com.creditline.checkout.merchant.model;

import com.creditline.common.error.RuleViolation;

/**
 * A plan was asked for at 0% to the customer without a merchant's agreement to pay its fees: no
 * merchant, a suspended one, or no agreement in force covering the count and the principal.
 */
public class SubsidyNotAgreed extends RuleViolation {

    SubsidyNotAgreed(String reason) {
        super(reason);
    }

    /** The platform's own store subsidises nothing: only a merchant pays a plan's fees. */
    public static SubsidyNotAgreed withoutMerchant() {
        return new SubsidyNotAgreed("Only a merchant with a subsidy agreement can make a plan 0% for the customer;"
                + " this order names no merchant (merchantId), so it is the platform's own store's.");
    }
}
