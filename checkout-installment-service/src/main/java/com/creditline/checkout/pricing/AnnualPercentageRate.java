package com.creditline.checkout.pricing;

import com.creditline.common.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * The APR of a schedule: the monthly internal rate of return of the customer's cash flows (the
 * principal received at capture, each installment's total paid k whole months later), annualised
 * as nominal ({@code IRR x 12}, the figure China's rules ask lenders to show) and effective
 * ({@code (1 + IRR)^12 - 1}). Also the APR of a cash draw's schedule, whose interest accrues by the
 * day: its installments fall due monthly all the same.
 *
 * @param monthlyIrr the monthly IRR, exact to better than 1e-15
 */
public record AnnualPercentageRate(BigDecimal monthlyIrr) {

    static final AnnualPercentageRate ZERO = new AnnualPercentageRate(BigDecimal.ZERO);

    /** APRs are shown as fractions to 4 decimals: 0.1088 is 10.88%. */
    static final int SCALE = 4;

    private static final MathContext PRECISION = MathContext.DECIMAL128;
    private static final BigDecimal TOLERANCE = new BigDecimal("1e-16");
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    /** The APR of paying {@code installments} for {@code principal} received at month 0. */
    public static AnnualPercentageRate of(Money principal, List<Installment> installments) {
        Money paid = Money.sum(installments.stream().map(Installment::total).toList());
        if (!paid.isGreaterThan(principal)) {
            return ZERO;
        }
        return new AnnualPercentageRate(monthlyIrr(principal.amount(), installments));
    }

    /** IRR x 12, rounded HALF_UP to 4 decimals. */
    public BigDecimal nominal() {
        return exactNominal().setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** (1 + IRR)^12 - 1, rounded HALF_UP to 4 decimals. */
    public BigDecimal effective() {
        return BigDecimal.ONE
                .add(monthlyIrr)
                .pow(12, PRECISION)
                .subtract(BigDecimal.ONE)
                .setScale(SCALE, RoundingMode.HALF_UP);
    }

    /**
     * Whether the nominal APR is above a cap. The unrounded figure decides, so a plan whose APR is a
     * hair above the cap is refused even though it would be shown rounded down to the cap.
     */
    public boolean isAbove(BigDecimal cap) {
        return exactNominal().compareTo(cap) > 0;
    }

    /** IRR x 12 unrounded. */
    public BigDecimal exactNominal() {
        return monthlyIrr.multiply(TWELVE);
    }

    /**
     * Bisection on the net present value, which rises with the rate: negative at 0 (more is paid
     * than was received) and tending to the principal as the rate grows. Slower than Newton but
     * cannot diverge; some 60 halvings reach 1e-16.
     */
    private static BigDecimal monthlyIrr(BigDecimal principal, List<Installment> installments) {
        BigDecimal low = BigDecimal.ZERO;
        BigDecimal high = new BigDecimal("0.01");
        while (netPresentValue(high, principal, installments).signum() <= 0) {
            low = high;
            high = high.multiply(TWO);
        }
        while (high.subtract(low).compareTo(TOLERANCE) > 0) {
            BigDecimal middle = low.add(high).divide(TWO, PRECISION);
            if (netPresentValue(middle, principal, installments).signum() <= 0) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return low.add(high).divide(TWO, PRECISION);
    }

    /** principal - sum of total_k / (1 + rate)^k, installment k paid at month k. */
    private static BigDecimal netPresentValue(BigDecimal rate, BigDecimal principal, List<Installment> installments) {
        BigDecimal discount = BigDecimal.ONE.divide(BigDecimal.ONE.add(rate), PRECISION);
        BigDecimal factor = BigDecimal.ONE;
        int month = 0;
        BigDecimal value = principal;
        for (Installment installment : installments) {
            while (month < installment.number()) {
                factor = factor.multiply(discount, PRECISION);
                month++;
            }
            value = value.subtract(installment.total().amount().multiply(factor, PRECISION));
        }
        return value;
    }
}
