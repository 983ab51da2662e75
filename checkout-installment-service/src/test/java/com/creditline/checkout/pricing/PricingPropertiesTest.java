package com.creditline.checkout.pricing;

import static com.creditline.common.test.Generators.tuple;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.*;

import com.creditline.common.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PricingPropertiesTest {

    static final long MAX_FEN = 20_000_000L;
    /** Capture dates as epoch days, 2000-01-01 to 2040-12-31. */
    static final int FROM_2000 = 10_957;

    static final int TO_2040 = 25_932;

    final PricingPolicy defaults = PricingPolicy.defaults();
    final Pricing pricing = new Pricing(defaults);

    /**
     * Every grade but E offered every count from 1 to 36 from a single fen, with no real APR cap:
     * the schedule math must hold on amounts far below what the product offers.
     */
    final Pricing permissive = new Pricing(new PricingPolicy(
            Money.of("0.01"),
            Money.yuan(200_000),
            30,
            EnumSet.allOf(Grade.class),
            IntStream.rangeClosed(2, 36).boxed().toList(),
            EnumSet.of(Grade.A, Grade.B, Grade.C, Grade.D),
            Money.of("0.01"),
            Map.of(),
            defaults.monthlyFeeRates(),
            defaults.annualInterestRates(),
            new BigDecimal("1000")));

    @Test
    void everyQuotedPlanAddsUpAndIsDueOnTheCaptureDay() {
        qt().forAll(tuple(
                        longs().between(1, MAX_FEN),
                        arbitrary().enumValues(Grade.class),
                        arbitrary().enumValues(PricingMethod.class),
                        booleans().all(),
                        integers().between(FROM_2000, TO_2040),
                        booleans().all()))
                .checkAssert(v -> everyQuotedPlanAddsUpAndIsDueOnTheCaptureDayHolds(
                        (long) v[0], (Grade) v[1], (PricingMethod) v[2], (boolean) v[3], (int) v[4], (boolean) v[5]));
    }

    private void everyQuotedPlanAddsUpAndIsDueOnTheCaptureDayHolds(
            long fen, Grade grade, PricingMethod method, boolean subsidised, int captureDay, boolean permissivePolicy) {
        LocalDate captureDate = LocalDate.ofEpochDay(captureDay);
        Money amount = Money.ofFen(fen);
        Pricing engine = permissivePolicy ? permissive : pricing;

        List<PlanOffer> quote = engine.quote(amount, grade, method, subsidised, captureDate);

        assertThat(quote).isNotEmpty();
        assertThat(quote.getFirst().method()).isEqualTo(PricingMethod.PAY_IN_FULL);
        for (PlanOffer plan : quote) {
            assertThat(plan.principal()).isEqualTo(amount);
            assertThat(sum(plan.installments().stream()
                            .map(Installment::principal)
                            .toList()))
                    .isEqualTo(amount);
            assertThat(sum(plan.installments().stream().map(Installment::fee).toList()))
                    .isEqualTo(plan.totalFee());
            assertThat(plan.totalCost()).isEqualTo(amount.plus(plan.totalFee()));
            assertThat(plan.installments()).allSatisfy(i -> {
                assertThat(i.principal().isNegative()).isFalse();
                assertThat(i.fee().isNegative()).isFalse();
            });
            assertThat(plan.installments()).extracting(Installment::number).isSorted();
            assertDueDates(plan, captureDate);
            assertThat(plan.nominalApr()).isLessThanOrEqualTo(engine.policy().nominalAprCap());
            if (subsidised || plan.method() == PricingMethod.PAY_IN_FULL) {
                assertThat(plan.totalFee()).isEqualTo(Money.ZERO);
                assertThat(plan.nominalApr()).isZero();
                assertThat(plan.effectiveApr()).isZero();
            }
            if (!subsidised) {
                assertThat(plan.merchantFee()).isEqualTo(Money.ZERO);
            }
        }
    }

    @Test
    void theAprIsTheIrrOfTheCustomersCashFlows() {
        qt().forAll(tuple(
                        longs().between(1, MAX_FEN),
                        arbitrary().enumValues(Grade.class),
                        arbitrary().enumValues(PricingMethod.class),
                        integers().between(FROM_2000, TO_2040),
                        booleans().all()))
                .checkAssert(v -> theAprIsTheIrrOfTheCustomersCashFlowsHolds(
                        (long) v[0], (Grade) v[1], (PricingMethod) v[2], (int) v[3], (boolean) v[4]));
    }

    private void theAprIsTheIrrOfTheCustomersCashFlowsHolds(
            long fen, Grade grade, PricingMethod method, int captureDay, boolean permissivePolicy) {
        Pricing engine = permissivePolicy ? permissive : pricing;

        for (PlanOffer plan : engine.quote(Money.ofFen(fen), grade, method, false, LocalDate.ofEpochDay(captureDay))) {
            double irr = IndependentIrr.monthly(plan);

            assertThat(plan.nominalApr().doubleValue()).isCloseTo(irr * 12, within(1e-4));
            assertThat(plan.effectiveApr().doubleValue()).isCloseTo(Math.pow(1 + irr, 12) - 1, within(1e-4));
        }
    }

    @Test
    void priceGivesWhatTheQuoteOffersAndRefusesTheRest() {
        qt().forAll(tuple(
                        longs().between(1, MAX_FEN),
                        arbitrary().enumValues(Grade.class),
                        arbitrary().enumValues(PricingMethod.class),
                        booleans().all(),
                        integers().between(1, 36),
                        integers().between(FROM_2000, TO_2040)))
                .checkAssert(v -> priceGivesWhatTheQuoteOffersAndRefusesTheRestHolds(
                        (long) v[0], (Grade) v[1], (PricingMethod) v[2], (boolean) v[3], (int) v[4], (int) v[5]));
    }

    private void priceGivesWhatTheQuoteOffersAndRefusesTheRestHolds(
            long fen, Grade grade, PricingMethod method, boolean subsidised, int count, int captureDay) {
        Money amount = Money.ofFen(fen);
        LocalDate captureDate = LocalDate.ofEpochDay(captureDay);
        List<PlanOffer> quote = pricing.quote(amount, grade, method, subsidised, captureDate);
        PricingMethod asked = count == 1 ? PricingMethod.PAY_IN_FULL : method;

        var quoted = quote.stream()
                .filter(p -> p.method() == asked && p.installmentCount() == count)
                .findFirst();
        if (quoted.isPresent()) {
            assertThat(pricing.price(amount, grade, asked, count, subsidised, captureDate))
                    .isEqualTo(quoted.get());
        } else {
            assertThatThrownBy(() -> pricing.price(amount, grade, asked, count, subsidised, captureDate))
                    .isInstanceOf(PlanNotOffered.class);
        }
    }

    @Test
    void whatIsOfferedFollowsGradeAndAmount() {
        qt().forAll(tuple(
                        longs().between(1, MAX_FEN),
                        arbitrary().enumValues(Grade.class),
                        arbitrary().enumValues(PricingMethod.class),
                        booleans().all()))
                .checkAssert(v -> whatIsOfferedFollowsGradeAndAmountHolds(
                        (long) v[0], (Grade) v[1], (PricingMethod) v[2], (boolean) v[3]));
    }

    private void whatIsOfferedFollowsGradeAndAmountHolds(
            long fen, Grade grade, PricingMethod method, boolean subsidised) {
        Money amount = Money.ofFen(fen);

        List<Integer> counts = pricing.quote(amount, grade, method, subsidised, LocalDate.of(2025, 1, 31)).stream()
                .map(PlanOffer::installmentCount)
                .toList();

        if (grade == Grade.E || amount.isLessThan(Money.yuan(100)) || method == PricingMethod.PAY_IN_FULL) {
            assertThat(counts).containsExactly(1);
        } else if (amount.isLessThan(Money.yuan(600))) {
            assertThat(counts).containsExactly(1, 3, 6, 12);
        } else {
            // With the default rates every plan is well within the 24% cap.
            assertThat(counts).containsExactly(1, 3, 6, 12, 24);
        }
    }

    @Test
    void aSubsidyMovesTheWholeFeeToTheMerchant() {
        qt().forAll(tuple(
                        longs().between(10_000, MAX_FEN),
                        arbitrary().enumValues(Grade.class),
                        arbitrary().enumValues(PricingMethod.class),
                        integers().between(FROM_2000, TO_2040)))
                .checkAssert(v -> aSubsidyMovesTheWholeFeeToTheMerchantHolds(
                        (long) v[0], (Grade) v[1], (PricingMethod) v[2], (int) v[3]));
    }

    private void aSubsidyMovesTheWholeFeeToTheMerchantHolds(
            long fen, Grade grade, PricingMethod method, int captureDay) {
        Money amount = Money.ofFen(fen);
        LocalDate captureDate = LocalDate.ofEpochDay(captureDay);

        List<PlanOffer> paid = pricing.quote(amount, grade, method, false, captureDate);
        List<PlanOffer> subsidised = pricing.quote(amount, grade, method, true, captureDate);

        assertThat(subsidised).hasSameSizeAs(paid);
        for (int i = 0; i < paid.size(); i++) {
            assertThat(subsidised.get(i).merchantFee()).isEqualTo(paid.get(i).totalFee());
            assertThat(subsidised.get(i).installments())
                    .extracting(Installment::principal)
                    .containsExactlyElementsOf(amount.allocate(paid.get(i).installmentCount()));
        }
    }

    @Test
    void equalInstallmentsAreLevelButTheLastAndEqualPrincipalFeesFall() {
        qt().forAll(tuple(longs().between(10_000, MAX_FEN), arbitrary().enumValues(Grade.class)))
                .checkAssert(v ->
                        equalInstallmentsAreLevelButTheLastAndEqualPrincipalFeesFallHolds((long) v[0], (Grade) v[1]));
    }

    private void equalInstallmentsAreLevelButTheLastAndEqualPrincipalFeesFallHolds(long fen, Grade grade) {
        Money amount = Money.ofFen(fen);
        LocalDate captureDate = LocalDate.of(2025, 5, 31);

        for (PlanOffer plan : pricing.quote(amount, grade, PricingMethod.EQUAL_INSTALLMENT, false, captureDate)) {
            if (plan.method() == PricingMethod.PAY_IN_FULL) {
                continue;
            }
            List<Installment> allButLast = plan.installments().subList(0, plan.installmentCount() - 1);
            assertThat(allButLast)
                    .extracting(Installment::total)
                    .containsOnly(plan.installments().getFirst().total());
        }
        for (PlanOffer plan : pricing.quote(amount, grade, PricingMethod.EQUAL_PRINCIPAL, false, captureDate)) {
            assertThat(plan.installments()).extracting(Installment::fee).isSortedAccordingTo((a, b) -> b.compareTo(a));
        }
    }

    private static void assertDueDates(PlanOffer plan, LocalDate captureDate) {
        if (plan.method() == PricingMethod.PAY_IN_FULL) {
            assertThat(plan.installments().getFirst().dueDate()).isEqualTo(captureDate.plusDays(30));
            return;
        }
        LocalDate previous = captureDate;
        for (Installment installment : plan.installments()) {
            LocalDate due = installment.dueDate();
            assertThat(due).isAfter(previous);
            assertThat(YearMonth.from(due))
                    .isEqualTo(YearMonth.from(captureDate).plusMonths(installment.number()));
            assertThat(due.getDayOfMonth())
                    .as("due on the capture's day of month, or the last day of a shorter month")
                    .isEqualTo(Math.min(captureDate.getDayOfMonth(), due.lengthOfMonth()));
            previous = due;
        }
    }

    private static Money sum(List<Money> amounts) {
        Money total = Money.ZERO;
        for (Money m : amounts) {
            total = total.plus(m);
        }
        return total;
    }

    /**
     * The IRR worked out apart from the engine: Newton's method in doubles from a zero rate. The net
     * present value is concave and rising in the rate, so Newton from the left never overshoots.
     */
    static final class IndependentIrr {

        static double monthly(PlanOffer plan) {
            double principal = plan.principal().amount().doubleValue();
            double rate = 0;
            for (int step = 0; step < 200; step++) {
                double value = principal;
                double slope = 0;
                for (Installment installment : plan.installments()) {
                    double flow = installment.total().amount().doubleValue();
                    int month = installment.number();
                    value -= flow / Math.pow(1 + rate, month);
                    slope += month * flow / Math.pow(1 + rate, month + 1);
                }
                if (slope == 0) {
                    return rate;
                }
                double next = rate - value / slope;
                if (Math.abs(next - rate) < 1e-14) {
                    return next;
                }
                rate = next;
            }
            return rate;
        }
    }
}
