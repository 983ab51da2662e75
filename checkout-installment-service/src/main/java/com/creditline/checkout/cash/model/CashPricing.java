package com.creditline.checkout.cash.model;

import com.creditline.checkout.pricing.AnnualPercentageRate;
import com.creditline.checkout.pricing.Grade;
import com.creditline.checkout.pricing.Installment;
import com.creditline.checkout.pricing.Percent;
import com.creditline.checkout.pricing.PricingMethod;
import com.creditline.common.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Prices cash draws: interest accrues by the day on the principal outstanding, at the grade's daily
 * rate; installments fall due monthly on the draw date's day (clamped to the month's end). Each
 * period's interest is {@code outstanding x daily rate x the period's actual days}, HALF_UP to the
 * fen. Two methods: EQUAL_PRINCIPAL (equal principal parts, the last taking the remainder) and
 * EQUAL_INSTALLMENT (the payment of an annuity at 30 days' interest a month, HALF_UP; each
 * period's real interest taken from it first, the last installment repaying what is left). The
 * APR comes from the cash flows ({@link AnnualPercentageRate}); a plan above the cap is never offered.
 */
public final class CashPricing {

    /** The methods cash is repaid by. */
    public static final List<PricingMethod> METHODS =
            List.of(PricingMethod.EQUAL_INSTALLMENT, PricingMethod.EQUAL_PRINCIPAL);

    private static final MathContext PRECISION = MathContext.DECIMAL128;
    private static final BigDecimal DAYS_A_MONTH = BigDecimal.valueOf(30);

    private final CashTerms terms;

    public CashPricing(CashTerms terms) {
        this.terms = Objects.requireNonNull(terms, "terms");
    }

    public CashTerms terms() {
        return terms;
    }

    /**
     * Every plan on offer for the amount: each installment count, fewest first, by each method; those
     * above the APR cap left out.
     *
     * @throws CashAmountRefused when the amount is below the minimum or above the cash available
     */
    public List<CashOffer> quote(Money amount, Grade grade, Money cashAvailable, LocalDate drawDate) {
        requireDrawable(amount, cashAvailable);
        BigDecimal dailyRate = rateOf(grade);
        List<CashOffer> offers = new ArrayList<>();
        for (int count : terms.installmentCounts()) {
            for (PricingMethod method : METHODS) {
                CashOffer offer = schedule(amount, dailyRate, method, count, drawDate);
                if (!aboveCap(offer)) {
                    offers.add(offer);
                }
            }
        }
        return List.copyOf(offers);
    }

    /**
     * The one plan asked for.
     *
     * @throws CashAmountRefused when the amount cannot be drawn
     * @throws CashDrawNotOffered when the count or method is not on offer, or its APR is above the cap
     */
    public CashOffer offer(
            Money amount, Grade grade, PricingMethod method, int count, Money cashAvailable, LocalDate drawDate) {
        requireDrawable(amount, cashAvailable);
        if (!METHODS.contains(method)) {
            throw new CashDrawNotOffered(
                    "A draw is repaid by EQUAL_INSTALLMENT or EQUAL_PRINCIPAL, not " + method + ".");
        }
        if (!terms.installmentCounts().contains(count)) {
            throw new CashDrawNotOffered(count + " installments are not offered for a draw; the counts on offer are "
                    + terms.installmentCounts() + ".");
        }
        CashOffer offer = schedule(amount, rateOf(grade), method, count, drawDate);
        if (aboveCap(offer)) {
            throw new CashDrawNotOffered(count + " installments would cost a nominal APR of "
                    + Percent.of(offer.nominalApr()) + ", above the cap of " + Percent.of(terms.nominalAprCap()) + ".");
        }
        return offer;
    }

    /**
     * The schedule of a draw at a daily rate, dated from {@code drawDate}, without any check: the
     * plan of a draw already paid out is opened whatever the terms have become since.
     */
    public static CashOffer schedule(
            Money amount, BigDecimal dailyRate, PricingMethod method, int count, LocalDate drawDate) {
        List<Installment> installments = new ArrayList<>(count);
        List<Money> equalPrincipal = amount.allocate(count);
        Money payment = annuityPayment(amount, dailyRate.multiply(DAYS_A_MONTH), count);
        Money balance = amount;
        LocalDate periodStart = drawDate;
        for (int number = 1; number <= count; number++) {
            LocalDate due = drawDate.plusMonths(number);
            long days = ChronoUnit.DAYS.between(periodStart, due);
            Money interest = balance.times(dailyRate.multiply(BigDecimal.valueOf(days)));
            Money principal;
            if (number == count) {
                principal = balance;
            } else if (method == PricingMethod.EQUAL_PRINCIPAL) {
                principal = equalPrincipal.get(number - 1);
            } else {
                principal = payment.minus(interest).atLeastZero().min(balance);
            }
            installments.add(new Installment(number, due, principal, interest));
            balance = balance.minus(principal);
            periodStart = due;
        }
        Money interest = Money.sum(installments.stream().map(Installment::fee).toList());
        AnnualPercentageRate apr = AnnualPercentageRate.of(amount, installments);
        return new CashOffer(
                apr.nominal(),
                apr.effective(),
                method,
                count,
                installments,
                amount,
                interest,
                amount.plus(interest),
                dailyRate);
    }

    private boolean aboveCap(CashOffer offer) {
        return AnnualPercentageRate.of(offer.principal(), offer.installments()).isAbove(terms.nominalAprCap());
    }

    private BigDecimal rateOf(Grade grade) {
        BigDecimal rate = terms.dailyRate(grade);
        if (rate == null) {
            throw new CashDrawNotOffered("Grade " + grade + " draws nothing.");
        }
        return rate;
    }

    private void requireDrawable(Money amount, Money cashAvailable) {
        Objects.requireNonNull(amount, "amount");
        if (amount.isLessThan(terms.minimumAmount()) || amount.isGreaterThan(cashAvailable)) {
            throw new CashAmountRefused("A draw is from " + yuan(terms.minimumAmount()) + " to what may be drawn, "
                    + yuan(cashAvailable) + "; not " + yuan(amount) + ".");
        }
    }

    /** P x r / (1 - (1 + r)^-n), HALF_UP to the fen; P / n at a zero rate. */
    private static Money annuityPayment(Money principal, BigDecimal monthlyRate, int count) {
        if (monthlyRate.signum() == 0) {
            return principal.allocate(count).getFirst();
        }
        BigDecimal growth = BigDecimal.ONE.add(monthlyRate).pow(count, PRECISION);
        BigDecimal factor = monthlyRate.multiply(growth, PRECISION).divide(growth.subtract(BigDecimal.ONE), PRECISION);
        return principal.times(factor);
    }

    private static String yuan(Money amount) {
        return String.format(Locale.ROOT, "%,.2f yuan", amount.amount());
    }
}
