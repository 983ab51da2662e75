package com.creditline.repayment.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditline.common.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Money never appears or disappears in the plan model, whatever the schedule, date and amounts. */
class PlanPropertiesTest {

    static final LocalDate CAPTURED = LocalDate.of(2026, 1, 31);

    /** A schedule of 1-24 monthly installments with fees of up to 2% a month, seen on some day. */
    record Scenario(long principalFen, int installments, int feeBasisPoints, int daysAfterCapture, int lateFeeFen) {

        Plan plan() {
            Money principal = Money.ofFen(principalFen);
            List<Money> parts = principal.allocate(installments);
            Money fee = principal.times(BigDecimal.valueOf(feeBasisPoints, 4));
            List<ScheduleLine> lines = new ArrayList<>();
            for (int n = 1; n <= installments; n++) {
                lines.add(new ScheduleLine(n, CAPTURED.plusMonths(n), parts.get(n - 1), fee));
            }
            Plan plan = Plan.open(
                    UUID.randomUUID(),
                    "order",
                    "customer",
                    principal,
                    "FLAT_MONTHLY_FEE",
                    false,
                    BigDecimal.ZERO,
                    CAPTURED,
                    lines,
                    Instant.EPOCH);
            // End of day would have charged late fees on installments past their grace period.
            for (Installment i : plan.installments()) {
                if (i.dueDate().plusDays(3).isBefore(today())) {
                    plan.chargeLateFee(i.number(), Money.ofFen(lateFeeFen));
                }
            }
            return plan;
        }

        LocalDate today() {
            return CAPTURED.plusDays(daysAfterCapture);
        }
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        return Combinators.combine(
                        Arbitraries.longs().between(100, 50_000_000),
                        Arbitraries.integers().between(1, 24),
                        Arbitraries.integers().between(0, 200),
                        Arbitraries.integers().between(0, 800),
                        Arbitraries.integers().between(0, 5_000))
                .as(Scenario::new);
    }

    static Money fraction(Money whole, double share) {
        long fen = Math.max(1, Math.round(whole.fen() * share));
        return Money.ofFen(Math.min(fen, whole.fen()));
    }

    static void assertNothingNegative(Plan plan) {
        for (Installment i : plan.installments()) {
            assertThat(i.unpaidPrincipal().isNegative()).isFalse();
            assertThat(i.unpaidFee().isNegative()).isFalse();
            assertThat(i.unpaidLateFee().isNegative()).isFalse();
            assertThat(i.principal().isNegative()).isFalse();
            assertThat(i.fee().isNegative()).isFalse();
        }
        assertThat(plan.outstandingPrincipal())
                .isEqualTo(Money.sum(plan.installments().stream()
                        .map(Installment::unpaidPrincipal)
                        .toList()));
        assertThat(plan.creditBalance().isNegative()).isFalse();
    }

    @Property
    void allocationNeverPaysMoreThanOwedAndItsPartsSumToThePayment(
            @ForAll("scenarios") Scenario scenario, @ForAll @DoubleRange(min = 0, max = 1) double share) {
        Plan plan = scenario.plan();
        LocalDate today = scenario.today();
        Money owed = plan.payoffAmount(today);
        if (owed.isZero()) {
            return;
        }
        Money amount = fraction(owed, share);

        PaymentAllocation allocation = plan.pay(amount, today);

        assertThat(allocation.allocated()).isEqualTo(amount);
        assertThat(allocation.postings())
                .allSatisfy(p -> assertThat(p.amount().isPositive()).isTrue());
        assertThat(plan.payoffAmount(today)).isEqualTo(owed.minus(amount));
        assertNothingNegative(plan);
    }

    @Property
    void aPaymentAboveWhatIsOwedIsRefusedAndChangesNothing(
            @ForAll("scenarios") Scenario scenario, @ForAll @IntRange(min = 1, max = 100_000) int extraFen) {
        Plan plan = scenario.plan();
        LocalDate today = scenario.today();
        Money owed = plan.payoffAmount(today);

        assertThatThrownBy(() -> plan.pay(owed.plus(Money.ofFen(extraFen)), today))
                .isInstanceOf(PaymentExceedsBalance.class);
        assertThat(plan.payoffAmount(today)).isEqualTo(owed);
    }

    @Property
    void aRefundThenARepaymentNeverLeavesANegativeBalance(
            @ForAll("scenarios") Scenario scenario,
            @ForAll @DoubleRange(min = 0, max = 1.5) double refundShare,
            @ForAll @DoubleRange(min = 0, max = 1) double paymentShare) {
        Plan plan = scenario.plan();
        LocalDate today = scenario.today();
        Money refund = Money.ofFen(Math.max(1, Math.round(plan.principal().fen() * refundShare)));

        RefundSettlement settlement = plan.refund(refund, today);
        assertNothingNegative(plan);
        assertThat(Money.sum(settlement.postings().stream()
                        .filter(p -> p.kind() != LedgerKind.REFUND_FEE_REDUCTION)
                        .map(Posting::amount)
                        .toList()))
                .isEqualTo(refund);

        Money owed = plan.payoffAmount(today);
        if (owed.isPositive()) {
            PaymentAllocation allocation = plan.pay(fraction(owed, paymentShare), today);
            assertThat(allocation.allocated()).isEqualTo(fraction(owed, paymentShare));
        }
        assertNothingNegative(plan);
    }

    @Property
    void payingOffWaivesExactlyTheFeesOfPeriodsNotStarted(@ForAll("scenarios") Scenario scenario) {
        Plan plan = scenario.plan();
        LocalDate today = scenario.today();
        Money owed = plan.payoffAmount(today);
        if (owed.isZero()) {
            return;
        }
        Money unstartedFees = Money.sum(plan.installments().stream()
                .filter(i -> !i.isSettled() && !i.periodStartedBefore(today))
                .map(Installment::unpaidFee)
                .toList());
        Money startedFees = Money.sum(plan.installments().stream()
                .filter(i -> i.periodStartedBefore(today))
                .map(Installment::fee)
                .toList());

        PaymentAllocation allocation = plan.pay(owed, today);

        assertThat(allocation.paidOff()).isTrue();
        assertThat(allocation.feesWaived()).isEqualTo(unstartedFees);
        assertThat(plan.status()).isEqualTo(PlanStatus.PAID_OFF);
        assertThat(Money.sum(plan.installments().stream()
                        .filter(i -> i.periodStartedBefore(today))
                        .map(Installment::feePaid)
                        .toList()))
                .isEqualTo(startedFees);
        assertThat(plan.installments()).allSatisfy(i -> assertThat(i.unpaid()).isEqualTo(Money.ZERO));
    }
}
