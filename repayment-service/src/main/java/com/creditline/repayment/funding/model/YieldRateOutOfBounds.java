package com.creditline.repayment.funding.model;

import com.creditline.common.error.RuleViolation;
import java.math.BigDecimal;

/** The yield a funder is paid is an annual rate from 0 up to the platform's APR cap. */
public class YieldRateOutOfBounds extends RuleViolation {

    public YieldRateOutOfBounds(BigDecimal yieldRate) {
        super("A funder's yield must be an annual rate between 0 and "
                + FundingTermsRules.MAXIMUM_YIELD_RATE.toPlainString() + " (the platform's APR cap), with at most "
                + FundingTermsRules.RATE_DECIMALS + " decimals; got " + FundingTermsRules.shown(yieldRate) + ".");
    }
}
