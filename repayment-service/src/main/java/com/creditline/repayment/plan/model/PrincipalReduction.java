package com.creditline.repayment.plan.model;

/** Why a plan's outstanding principal went down (PrincipalReduced's {@code cause}). */
public enum PrincipalReduction {
    /** A payment repaid principal. */
    REPAYMENT,
    /** A refund after capture took principal off. */
    REFUND,
    /** End of day charged the plan off: its principal left the books (the customer still owes it). */
    CHARGE_OFF
}
