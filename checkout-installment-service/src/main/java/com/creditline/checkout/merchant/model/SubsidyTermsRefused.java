package com.creditline.checkout.merchant.model;

import com.creditline.common.error.RuleViolation;

/** A subsidy agreement's terms make no sense: counts not on offer, an end before the start, a cap of 0. */
public class SubsidyTermsRefused extends RuleViolation {

    SubsidyTermsRefused(String reason) {
        super(reason);
    }
}
