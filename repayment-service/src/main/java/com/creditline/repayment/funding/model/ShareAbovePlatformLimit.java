package com.creditline.repayment.funding.model;

import com.creditline.common.error.RuleViolation;
import java.math.BigDecimal;

/**
 * In a joint loan the platform's own lender keeps at least its minimum share (30% by default,
 * China's rule for joint lending): no funder may take more than the rest.
 */
public class ShareAbovePlatformLimit extends RuleViolation {

    public ShareAbovePlatformLimit(BigDecimal maximumShare, BigDecimal platformMinimumShare) {
        super("A funder may take at most "
                + BigDecimal.ONE.subtract(platformMinimumShare).toPlainString()
                + " of a plan: the platform's own lender keeps at least " + platformMinimumShare.toPlainString()
                + " of every joint loan; got a maximum share of " + FundingTermsRules.shown(maximumShare) + ".");
    }
}
