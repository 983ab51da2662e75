package com.creditline.repayment.creditbalance.model;

import com.creditline.common.error.RuleViolation;

/** The provider already answered for this payout; an answer is given once. */
public class PayoutAlreadyDecided extends RuleViolation {

    public PayoutAlreadyDecided(PayoutStatus status) {
        super("The payout is " + status + " already.");
    }
}
