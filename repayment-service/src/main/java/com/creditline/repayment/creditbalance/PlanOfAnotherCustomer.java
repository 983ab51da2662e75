package com.creditline.repayment.creditbalance;

import com.creditline.common.error.RuleViolation;

/** The plan to pay belongs to another customer: a credit balance pays only its own customer's plans. */
class PlanOfAnotherCustomer extends RuleViolation {

    PlanOfAnotherCustomer() {
        super("A credit balance pays only another plan of the same customer.");
    }
}
