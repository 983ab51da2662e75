package com.creditline.checkout.cash.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What merchant draws are on offer and at what price ({@code creditline.merchant-loans.*}): the draw
 * terms (smallest draw, installment counts, daily rates by the merchant line's grade, the APR cap; no
 * months on book), and the bounds of the share of daily sales a merchant may have swept to its plan.
 */
public record MerchantLoanTerms(CashTerms drawTerms, BigDecimal minimumSweepShare, BigDecimal maximumSweepShare) {

    /** A share is a fraction to at most this many decimals (0.10, not 0.105). */
    public static final int SWEEP_SHARE_SCALE = 2;

    public MerchantLoanTerms {
        Objects.requireNonNull(drawTerms, "drawTerms");
        if (minimumSweepShare.signum() <= 0
                || minimumSweepShare.compareTo(maximumSweepShare) > 0
                || maximumSweepShare.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("sweep shares lie between more than 0 and less than 1, minimum first");
        }
    }
}
