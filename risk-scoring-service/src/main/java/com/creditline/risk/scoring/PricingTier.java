package com.creditline.risk.scoring;

/** The price list a decision puts a customer on: one tier per grade, none for a declined applicant. */
public enum PricingTier {
    TIER_A,
    TIER_B,
    TIER_C,
    TIER_D,
    TIER_E,
    NONE
}
