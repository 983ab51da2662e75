package com.creditline.repayment.plan.model;

import static com.creditline.common.test.Generators.tuple;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.*;

import com.creditline.common.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Money never appears or disappears in the plan model, whatever the schedule, date and amounts. */
class PlanPropertiesTest {

    static final LocalDate CAPTURED = LateFeePolicyTest.CAPTURED;

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
            Plan plan = LateFeePolicyTest.plan(principal, lines.toArray(ScheduleLine[]::new));
            // End of day would have charged late fees on installments past their grace period.
            for (Installment i : plan.installments()) {
                if (i.dueDate().plusDays(3).isBefore(today())) {
                    plan.installment(i.number()).chargeLateFee(Money.ofFen(lateFeeFen));
                }
            }
            return plan;
        }

        LocalDate today() {
            return CAPTURED.plusDays(daysAfterCapture);
        }
    }

    static Gen<Scenario> scenarios() {
        return longs().between(100, 50_000_000)
                .zip(
                        integers().between(1, 24),
                        integers().between(0, 200),
                        integers().between(0, 800),
                        integers().between(0, 5_000),
                        Scenario::new);
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
        assertThat(plan.creditBalance().amount().isNegative()).isFalse();
    }

    @Test
    void allocationNeverPaysMoreThanOwedAndItsPartsSumToThePayment() {
        qt().forAll(tuple(scenarios(), doubles().between(0, 1)))
                .checkAssert(v ->
                        allocationNeverPaysMoreThanOwedAndItsPartsSumToThePaymentHolds((Scenario) v[0], (double) v[1]));
    }

    private void allocationNeverPaysMoreThanOwedAndItsPartsSumToThePaymentHolds(Scenario scenario, double share) {
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

    @Test
    void aPaymentAboveWhatIsOwedIsRefusedAndChangesNothing() {
        qt().forAll(tuple(scenarios(), integers().between(1, 100_000)))
                .checkAssert(v -> aPaymentAboveWhatIsOwedIsRefusedAndChangesNothingHolds((Scenario) v[0], (int) v[1]));
    }

    private void aPaymentAboveWhatIsOwedIsRefusedAndChangesNothingHolds(Scenario scenario, int extraFen) {
        Plan plan = scenario.plan();
        LocalDate today = scenario.today();
        Money owed = plan.payoffAmount(today);

        assertThatThrownBy(() -> plan.pay(owed.plus(Money.ofFen(extraFen)), today))
                .isInstanceOf(PaymentExceedsBalance.class);
        assertThat(plan.payoffAmount(today)).isEqualTo(owed);
    }

    @Test
    void aRefundThenARepaymentNeverLeavesANegativeBalance() {
        qt().forAll(tuple(scenarios(), doubles().between(0, 1.5), doubles().between(0, 1)))
                .checkAssert(v -> aRefundThenARepaymentNeverLeavesANegativeBalanceHolds(
                        (Scenario) v[0], (double) v[1], (double) v[2]));
    }

    private void aRefundThenARepaymentNeverLeavesANegativeBalanceHolds(
            Scenario scenario, double refundShare, double paymentShare) {
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

    @Test
    void payingOffWaivesExactlyTheFeesOfPeriodsNotStarted() {
        qt().forAll(scenarios()).checkAssert(v -> payingOffWaivesExactlyTheFeesOfPeriodsNotStartedHolds(v));
    }

    private void payingOffWaivesExactlyTheFeesOfPeriodsNotStartedHolds(Scenario scenario) {
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
