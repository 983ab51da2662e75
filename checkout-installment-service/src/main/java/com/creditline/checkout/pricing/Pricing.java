package com.creditline.checkout.pricing;

import com.creditline.common.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Quotes and prices financing plans for a checkout amount under a {@link PricingPolicy}: which
 * plans are on offer for the amount and the customer's grade, each plan's schedule and its APR.
 * Stateless and thread-safe; the capture date comes in as a parameter, never from a clock.
 */
public final class Pricing {

    private final PricingPolicy policy;

    public Pricing(PricingPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public PricingPolicy policy() {
        return policy;
    }

    /**
     * The plans on offer for an amount: pay in full first, then each installment count on offer,
     * fewest first, priced by {@code method}. Plans the policy refuses (grade, amount, APR above
     * the cap) are left out; asking with {@link PricingMethod#PAY_IN_FULL} gives pay in full alone.
     *
     * @param merchantSubsidised the merchant pays the fees: installment plans are 0% for the customer
     * @param captureDate the date the plan would start, from which the due dates are counted
     * @throws PlanNotOffered when the amount is outside the limits that can be financed at all
     */
    public List<PlanOffer> quote(
            Money amount, Grade grade, PricingMethod method, boolean merchantSubsidised, LocalDate captureDate) {
        return quote(
                amount,
                grade,
                method,
                merchantSubsidised ? Set.copyOf(policy.installmentCounts()) : Set.of(),
                captureDate);
    }

    /**
     * The plans on offer for an amount, as {@link #quote(Money, Grade, PricingMethod, boolean,
     * LocalDate)}, with only the installment counts in {@code subsidisedCounts} subsidised by the
     * merchant (those its agreements cover); the others are priced for the customer as usual.
     */
    public List<PlanOffer> quote(
            Money amount, Grade grade, PricingMethod method, Set<Integer> subsidisedCounts, LocalDate captureDate) {
        requireFinanceable(amount);
        List<PlanOffer> offers = new ArrayList<>();
        if (consider(amount, grade, PricingMethod.PAY_IN_FULL, 1, false, captureDate) instanceof Offered offered) {
            offers.add(offered.plan());
        }
        if (method.isInstallments()) {
            for (int count : policy.installmentCounts()) {
                if (consider(amount, grade, method, count, subsidisedCounts.contains(count), captureDate)
                        instanceof Offered offered) {
                    offers.add(offered.plan());
                }
            }
        }
        return List.copyOf(offers);
    }

    /**
     * The one plan asked for: {@code installmentCount} 1 with {@link PricingMethod#PAY_IN_FULL},
     * otherwise a count on offer.
     *
     * @throws PlanNotOffered when the policy does not offer that plan for that amount and grade;
     *     the message says why
     */
    public PlanOffer price(
            Money amount,
            Grade grade,
            PricingMethod method,
            int installmentCount,
            boolean merchantSubsidised,
            LocalDate captureDate) {
        requireFinanceable(amount);
        return switch (consider(amount, grade, method, installmentCount, merchantSubsidised, captureDate)) {
            case Offered offered -> offered.plan();
            case Refused refused -> throw new PlanNotOffered(refused.reason());
        };
    }

    private sealed interface Outcome permits Offered, Refused {}

    private record Offered(PlanOffer plan) implements Outcome {}

    private record Refused(String reason) implements Outcome {}

    private void requireFinanceable(Money amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.isLessThan(policy.minimumAmount()) || amount.isGreaterThan(policy.maximumAmount())) {
            throw new PlanNotOffered("Amounts from " + yuan(policy.minimumAmount()) + " to "
                    + yuan(policy.maximumAmount()) + " can be financed, not " + yuan(amount) + ".");
        }
    }

    private Outcome consider(
            Money amount, Grade grade, PricingMethod method, int count, boolean subsidised, LocalDate captureDate) {
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(captureDate, "captureDate");
        if (!method.isInstallments()) {
            return considerPayInFull(amount, grade, count, captureDate);
        }
        if (!policy.installmentGrades().contains(grade)) {
            return new Refused("Grade " + grade + " is offered no installments.");
        }
        if (!policy.installmentCounts().contains(count)) {
            return new Refused(count + " installments are not offered; the counts on offer are "
                    + policy.installmentCounts().stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + ".");
        }
        Money minimum = policy.minimumAmountFor(count);
        if (amount.isLessThan(minimum)) {
            return new Refused(count + " installments need an amount of at least " + yuan(minimum) + ", not "
                    + yuan(amount) + ".");
        }
        return considerInstallments(amount, grade, method, count, subsidised, captureDate);
    }

    private Outcome considerPayInFull(Money amount, Grade grade, int count, LocalDate captureDate) {
        if (count != 1) {
            return new Refused("Pay in full is one payment, not " + count + " installments.");
        }
        if (!policy.payInFullGrades().contains(grade)) {
            return new Refused("Grade " + grade + " is not offered pay in full.");
        }
        Installment only = new Installment(1, captureDate.plusDays(policy.payInFullDays()), amount, Money.ZERO);
        // Nothing to subsidise: pay in full is free for everyone.
        return new Offered(new PlanOffer(
                PricingMethod.PAY_IN_FULL,
                1,
                List.of(only),
                amount,
                Money.ZERO,
                amount,
                AnnualPercentageRate.ZERO.nominal(),
                AnnualPercentageRate.ZERO.effective(),
                BigDecimal.ZERO,
                false,
                Money.ZERO));
    }

    private Outcome considerInstallments(
            Money amount, Grade grade, PricingMethod method, int count, boolean subsidised, LocalDate captureDate) {
        BigDecimal monthlyRate = policy.monthlyRate(method, grade);
        List<Schedules.Part> priced = switch (method) {
            case FLAT_MONTHLY_FEE -> Schedules.flatMonthlyFee(amount, count, monthlyRate);
            case EQUAL_INSTALLMENT -> Schedules.equalInstallment(amount, count, monthlyRate);
            case EQUAL_PRINCIPAL -> Schedules.equalPrincipal(amount, count, monthlyRate);
            case PAY_IN_FULL -> throw new IllegalStateException("pay in full has no installments");
        };
        Money fees = Money.sum(priced.stream().map(Schedules.Part::fee).toList());
        // A subsidised plan is the same plan at 0% for the customer; the merchant pays its fees.
        List<Schedules.Part> customerPays = subsidised ? Schedules.interestFree(amount, count) : priced;
        List<Installment> installments = new ArrayList<>(count);
        for (int number = 1; number <= count; number++) {
            Schedules.Part part = customerPays.get(number - 1);
            installments.add(new Installment(number, captureDate.plusMonths(number), part.principal(), part.fee()));
        }
        AnnualPercentageRate apr = AnnualPercentageRate.of(amount, installments);
        if (apr.isAbove(policy.nominalAprCap())) {
            return new Refused(count + " installments would cost a nominal APR of "
                    + percent(aboveCap(apr, policy.nominalAprCap())) + ", above the cap of "
                    + percent(atLeastFourDecimals(policy.nominalAprCap()))
                    + ".");
        }
        Money totalFee = subsidised ? Money.ZERO : fees;
        return new Offered(new PlanOffer(
                method,
                count,
                installments,
                amount,
                totalFee,
                amount.plus(totalFee),
                apr.nominal(),
                apr.effective(),
                subsidised ? BigDecimal.ZERO : monthlyRate,
                subsidised,
                subsidised ? fees : Money.ZERO));
    }

    private static String yuan(Money amount) {
        return String.format(Locale.ROOT, "%,.2f yuan", amount.amount());
    }

    /** The APR as shown, or where that rounds down to the cap, with enough decimals to be above it. */
    private static BigDecimal aboveCap(AnnualPercentageRate apr, BigDecimal cap) {
        BigDecimal shown = apr.nominal();
        return shown.compareTo(cap) > 0 ? shown : apr.exactNominal().setScale(8, RoundingMode.CEILING);
    }

    private static BigDecimal atLeastFourDecimals(BigDecimal fraction) {
        return fraction.setScale(Math.max(
                AnnualPercentageRate.SCALE, fraction.stripTrailingZeros().scale()));
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).toPlainString() + "%";
    }
}
