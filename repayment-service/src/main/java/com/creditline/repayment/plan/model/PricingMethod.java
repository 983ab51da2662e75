package com.creditline.repayment.plan.model;

/**
 * How checkout priced the plan (PlanCreated's {@code method}): its fees and schedule are fixed by
 * then, so repayment only keeps and shows it.
 */
public enum PricingMethod {
    PAY_IN_FULL,
    FLAT_MONTHLY_FEE,
    EQUAL_INSTALLMENT,
    EQUAL_PRINCIPAL
}
