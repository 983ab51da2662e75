package com.creditline.repayment.funding.model;

import com.creditline.common.error.RuleViolation;
import java.math.BigDecimal;

/** A funder's share of a plan is above zero, its minimum not above its maximum, in millionths at most. */
public class ShareRangeOutOfBounds extends RuleViolation {

    public ShareRangeOutOfBounds(BigDecimal minimum, BigDecimal maximum) {
        super("A funder's share must be above 0, the minimum not above the maximum, with at most "
                + FundingTermsRules.RATE_DECIMALS + " decimals; got " + FundingTermsRules.shown(minimum) + " to "
                + FundingTermsRules.shown(maximum) + ".");
    }
}
