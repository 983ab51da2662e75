package com.creditline.checkout.pricing;

import com.creditline.common.money.Money;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What is on offer and at what price; every figure an operator may configure. {@link #defaults()}
 * holds the product's defaults (docs/pricing.md).
 *
 * @param minimumAmount the smallest amount that can be financed at all (pay in full included)
 * @param maximumAmount the largest amount that can be financed (the per-borrower ceiling)
 * @param payInFullDays days from capture to the pay-in-full due date
 * @param payInFullGrades the grades offered pay in full
 * @param installmentCounts the installment counts on offer, each at least 2
 * @param installmentGrades the grades offered installments
 * @param minimumInstallmentAmount the smallest amount offered any installments
 * @param minimumAmountByCount a higher minimum amount for some counts (24 installments: 600 yuan)
 * @param monthlyFeeRates the flat monthly service fee rate on the original principal, by grade
 * @param annualInterestRates the annual interest rate of the two classic methods, by grade
 * @param nominalAprCap a plan whose nominal APR is above this fraction is never offered
 */
public record PricingPolicy(
        Money minimumAmount,
        Money maximumAmount,
        int payInFullDays,
        Set<Grade> payInFullGrades,
        List<Integer> installmentCounts,
        Set<Grade> installmentGrades,
        Money minimumInstallmentAmount,
        Map<Integer, Money> minimumAmountByCount,
        Map<Grade, BigDecimal> monthlyFeeRates,
        Map<Grade, BigDecimal> annualInterestRates,
        BigDecimal nominalAprCap) {

    public PricingPolicy {
        Objects.requireNonNull(minimumAmount, "minimumAmount");
        Objects.requireNonNull(maximumAmount, "maximumAmount");
        Objects.requireNonNull(minimumInstallmentAmount, "minimumInstallmentAmount");
        Objects.requireNonNull(nominalAprCap, "nominalAprCap");
        payInFullGrades = Set.copyOf(payInFullGrades);
        installmentCounts = installmentCounts.stream().distinct().sorted().toList();
        installmentGrades = Set.copyOf(installmentGrades);
        minimumAmountByCount = Map.copyOf(minimumAmountByCount);
        monthlyFeeRates = Map.copyOf(monthlyFeeRates);
        annualInterestRates = Map.copyOf(annualInterestRates);

        if (!minimumAmount.isPositive() || minimumAmount.isGreaterThan(maximumAmount)) {
            throw new IllegalArgumentException("the amount limits must satisfy 0 < minimum <= maximum");
        }
        if (payInFullDays < 1) {
            throw new IllegalArgumentException("pay in full is due at least a day after capture");
        }
        if (installmentCounts.stream().anyMatch(count -> count < 2)) {
            throw new IllegalArgumentException("installment counts start at 2; one payment is pay in full");
        }
        for (Grade grade : installmentGrades) {
            requireRate(monthlyFeeRates, grade, "monthly fee rate");
            requireRate(annualInterestRates, grade, "annual interest rate");
        }
        if (nominalAprCap.signum() < 0) {
            throw new IllegalArgumentException("the APR cap cannot be negative");
        }
    }

    private static void requireRate(Map<Grade, BigDecimal> rates, Grade grade, String what) {
        BigDecimal rate = rates.get(grade);
        if (rate == null || rate.signum() < 0) {
            throw new IllegalArgumentException("grade " + grade + " is offered installments and needs a " + what);
        }
    }

    /** The product's defaults (DOMAIN.md "Checkout financing"). */
    public static PricingPolicy defaults() {
        return new PricingPolicy(
                Money.of("0.01"),
                Money.yuan(200_000),
                30,
                EnumSet.allOf(Grade.class),
                List.of(3, 6, 12, 24),
                EnumSet.of(Grade.A, Grade.B, Grade.C, Grade.D),
                Money.yuan(100),
                Map.of(24, Money.yuan(600)),
                Map.of(
                        Grade.A, new BigDecimal("0.0050"),
                        Grade.B, new BigDecimal("0.0060"),
                        Grade.C, new BigDecimal("0.0075"),
                        Grade.D, new BigDecimal("0.0090")),
                Map.of(
                        Grade.A, new BigDecimal("0.09"),
                        Grade.B, new BigDecimal("0.12"),
                        Grade.C, new BigDecimal("0.15"),
                        Grade.D, new BigDecimal("0.18")),
                new BigDecimal("0.24"));
    }

    /** The smallest amount offered {@code count} installments. */
    public Money minimumAmountFor(int count) {
        return minimumAmountByCount
                .getOrDefault(count, minimumInstallmentAmount)
                .max(minimumInstallmentAmount);
    }

    /** The rate the customer would be charged each month under a method, before any subsidy. */
    BigDecimal monthlyRate(PricingMethod method, Grade grade) {
        return switch (method) {
            case PAY_IN_FULL -> BigDecimal.ZERO;
            case FLAT_MONTHLY_FEE -> monthlyFeeRates.get(grade);
            case EQUAL_INSTALLMENT, EQUAL_PRINCIPAL -> Schedules.monthlyRate(annualInterestRates.get(grade));
        };
    }
}
