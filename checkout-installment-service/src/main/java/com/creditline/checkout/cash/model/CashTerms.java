package com.creditline.checkout.cash.model;

import com.creditline.checkout.pricing.Grade;
import com.creditline.common.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What cash draws are on offer and at what price; every figure an operator may configure
 * ({@code creditline.cash.*}).
 *
 * @param minimumAmount the smallest draw
 * @param installmentCounts the monthly installment counts on offer
 * @param dailyRates the daily interest rate by grade; a grade without one draws no cash
 * @param minimumMonthsOnBook whole months a line must have been open before its first draw
 * @param nominalAprCap no draw is offered whose nominal APR is above this fraction (the platform's cap)
 */
public record CashTerms(
        Money minimumAmount,
        List<Integer> installmentCounts,
        Map<Grade, BigDecimal> dailyRates,
        int minimumMonthsOnBook,
        BigDecimal nominalAprCap) {

    public CashTerms {
        Objects.requireNonNull(minimumAmount, "minimumAmount");
        Objects.requireNonNull(nominalAprCap, "nominalAprCap");
        installmentCounts = installmentCounts.stream().distinct().sorted().toList();
        dailyRates = Map.copyOf(dailyRates);
        if (!minimumAmount.isPositive()) {
            throw new IllegalArgumentException("the smallest draw is more than zero");
        }
        if (installmentCounts.isEmpty() || installmentCounts.getFirst() < 1) {
            throw new IllegalArgumentException("cash is repaid in at least one installment");
        }
        if (dailyRates.values().stream().anyMatch(r -> r.signum() < 0)) {
            throw new IllegalArgumentException("a daily rate cannot be negative");
        }
        if (minimumMonthsOnBook < 0) {
            throw new IllegalArgumentException("months on book cannot be negative");
        }
    }

    /** The daily rate of a grade; null when the grade draws no cash. */
    public BigDecimal dailyRate(Grade grade) {
        return grade == null ? null : dailyRates.get(grade);
    }
}
