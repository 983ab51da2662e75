package com.creditline.repayment.plan.model;

import com.creditline.common.error.RuleViolation;

/** The plan owes nothing any more; it takes no payment. */
public class PlanSettled extends RuleViolation {

    public PlanSettled() {
        super("The plan is settled and owes nothing.");
    }
}
