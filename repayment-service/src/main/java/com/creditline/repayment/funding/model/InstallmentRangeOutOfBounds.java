package com.creditline.repayment.funding.model;

import com.creditline.common.error.RuleViolation;

/** The installment counts a funder takes lie within the plans on offer: 1 to 24, minimum first. */
public class InstallmentRangeOutOfBounds extends RuleViolation {

    public InstallmentRangeOutOfBounds(int minimum, int maximum) {
        super("The installments a funder takes must lie between 1 and " + FundingTermsRules.MAXIMUM_INSTALLMENTS
                + ", the minimum not above the maximum; got " + minimum + " to " + maximum + ".");
    }
}
