package com.creditline.repayment.plan.model;

/** Why a plan's outstanding principal went down (PrincipalReduced's {@code cause}). */
public enum PrincipalReduction {
    /** A payment repaid principal. */
    REPAYMENT,
    /** A refund after capture took principal off. */
    REFUND
}
