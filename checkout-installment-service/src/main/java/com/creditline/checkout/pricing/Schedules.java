package com.creditline.checkout.pricing;

import com.creditline.common.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The principal and fee parts of each installment under each method, before due dates are put on
 * them. Parts are rounded HALF_UP to the fen where the method says so; the last installment takes
 * whatever principal remains, so principal parts always sum exactly to the principal.
 */
final class Schedules {

    /** Enough digits that intermediate results never decide a fen: 34 significant digits. */
    static final MathContext PRECISION = MathContext.DECIMAL128;

    private static final BigDecimal MONTHS_A_YEAR = BigDecimal.valueOf(12);

    /** One installment's parts. */
    record Part(Money principal, Money fee) {}

    private Schedules() {}

    /** The monthly interest rate of an annual rate: annual / 12 (9% a year is 0.75% a month). */
    static BigDecimal monthlyRate(BigDecimal annualRate) {
        return annualRate.divide(MONTHS_A_YEAR, PRECISION).stripTrailingZeros();
    }

    /** The principal alone in equal parts, no fee: a plan at 0% for the customer. */
    static List<Part> interestFree(Money principal, int count) {
        return equalParts(principal, count).stream()
                .map(p -> new Part(p, Money.ZERO))
                .toList();
    }

    /**
     * A service fee of {@code principal x rate x count}, rounded HALF_UP to the fen once for the
     * whole plan, spread in equal parts; the principal in equal parts. The last part of each takes
     * the rounding remainder.
     */
    static List<Part> flatMonthlyFee(Money principal, int count, BigDecimal monthlyFeeRate) {
        Money totalFee = principal.times(monthlyFeeRate.multiply(BigDecimal.valueOf(count)));
        List<Money> principalParts = equalParts(principal, count);
        List<Money> feeParts = equalParts(totalFee, count);
        List<Part> parts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            parts.add(new Part(principalParts.get(i), feeParts.get(i)));
        }
        return List.copyOf(parts);
    }

    /**
     * 等额本息: the same payment each month, {@link #payment} rounded HALF_UP to the fen. Each month's
     * interest is the balance still owed times the monthly rate, rounded HALF_UP; the rest of the
     * payment repays principal. The last installment repays all the principal still owed, with its
     * own interest, so it may differ from the others by a few fen.
     */
    static List<Part> equalInstallment(Money principal, int count, BigDecimal monthlyRate) {
        Money payment = payment(principal, count, monthlyRate);
        List<Part> parts = new ArrayList<>(count);
        Money balance = principal;
        for (int number = 1; number <= count; number++) {
            Money interest = balance.times(monthlyRate);
            // min(): on amounts of a few yuan a payment rounded up could repay more than is owed
            Money principalPart =
                    number == count ? balance : payment.minus(interest).min(balance);
            parts.add(new Part(principalPart, interest));
            balance = balance.minus(principalPart);
        }
        return List.copyOf(parts);
    }

    /**
     * 等额本金: the principal in equal parts (the last taking the remainder), each with the interest
     * on the balance owed before it, rounded HALF_UP.
     */
    static List<Part> equalPrincipal(Money principal, int count, BigDecimal monthlyRate) {
        List<Part> parts = new ArrayList<>(count);
        Money balance = principal;
        for (Money principalPart : equalParts(principal, count)) {
            parts.add(new Part(principalPart, balance.times(monthlyRate)));
            balance = balance.minus(principalPart);
        }
        return List.copyOf(parts);
    }

    /**
     * An amount in {@code count} equal parts, the last taking the remainder: {@link Money#allocate}
     * (each part rounded HALF_UP to the fen). On an amount of a few fen per part, rounding every
     * part up could leave the last one negative (0.18 over 24 parts: 23 x 0.01 = 0.23); then the
     * parts are rounded down instead (0.00 x 23 and 0.18), so no part is ever negative.
     */
    static List<Money> equalParts(Money amount, int count) {
        List<Money> parts = amount.allocate(count);
        if (!parts.getLast().isNegative()) {
            return parts;
        }
        Money roundedDown = Money.ofFen(amount.fen() / count);
        List<Money> down = new ArrayList<>(Collections.nCopies(count - 1, roundedDown));
        down.add(amount.minus(roundedDown.times(count - 1)));
        return List.copyOf(down);
    }

    /**
     * The level payment that repays {@code principal} over {@code count} months at a monthly rate,
     * the spreadsheet's {@code PMT(i, n, -P) = P i (1+i)^n / ((1+i)^n - 1)}, rounded HALF_UP to the
     * fen; {@code P / n} at a zero rate.
     */
    static Money payment(Money principal, int count, BigDecimal monthlyRate) {
        BigDecimal p = principal.amount();
        if (monthlyRate.signum() == 0) {
            return Money.rounded(p.divide(BigDecimal.valueOf(count), PRECISION));
        }
        BigDecimal growth = BigDecimal.ONE.add(monthlyRate).pow(count, PRECISION);
        return Money.rounded(
                p.multiply(monthlyRate).multiply(growth).divide(growth.subtract(BigDecimal.ONE), PRECISION));
    }
}
