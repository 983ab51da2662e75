package com.creditline.repayment.plan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditline.common.id.CustomerId;
import com.creditline.common.id.OrderId;
import com.creditline.common.id.PlanId;
import com.creditline.common.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanTest {

    static final LocalDate CAPTURED = LocalDate.of(2026, 1, 15);
    static final LocalDate DUE_1 = LocalDate.of(2026, 2, 15);
    static final LocalDate DUE_2 = LocalDate.of(2026, 3, 15);
    static final LocalDate DUE_3 = LocalDate.of(2026, 4, 15);

    /** 3,000 yuan in three monthly installments of 1,000 principal and a 22.50 service fee. */
    static Plan threeMonths() {
        return Plan.open(
                OpenPlans.shopping(
                        PlanId.random(),
                        OrderId.of("order-1"),
                        CustomerId.of("customer-1"),
                        Money.of("3000.00"),
                        PricingMethod.FLAT_MONTHLY_FEE,
                        false,
                        new BigDecimal("0.1620"),
                        CAPTURED,
                        List.of(
                                new ScheduleLine(1, DUE_1, Money.of("1000.00"), Money.of("22.50")),
                                new ScheduleLine(2, DUE_2, Money.of("1000.00"), Money.of("22.50")),
                                new ScheduleLine(3, DUE_3, Money.of("1000.00"), Money.of("22.50")))),
                Instant.parse("2026-01-15T02:00:00Z"));
    }

    static Posting posting(int installment, LedgerKind kind, String amount) {
        return new Posting(installment, kind, Money.of(amount));
    }

    @Test
    void shouldStartWithTheScheduleExactlyAsGivenEachPeriodStartingAtThePreviousDueDate() {
        Plan plan = threeMonths();

        assertThat(plan.status()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(plan.outstandingPrincipal()).isEqualTo(Money.of("3000.00"));
        assertThat(plan.installments()).extracting(Installment::periodStart).containsExactly(CAPTURED, DUE_1, DUE_2);
        assertThat(plan.installments()).extracting(Installment::dueDate).containsExactly(DUE_1, DUE_2, DUE_3);
        assertThat(plan.installment(2).fee()).isEqualTo(Money.of("22.50"));
        assertThat(plan.installment(2).status()).isEqualTo(InstallmentStatus.DUE);
    }

    @Test
    void shouldRefuseAScheduleWhosePrincipalPartsDoNotSumToThePrincipal() {
        assertThatThrownBy(() -> Plan.open(
                        OpenPlans.shopping(
                                PlanId.random(),
                                OrderId.of("order-1"),
                                CustomerId.of("customer-1"),
                                Money.of("3000.00"),
                                PricingMethod.FLAT_MONTHLY_FEE,
                                false,
                                BigDecimal.ZERO,
                                CAPTURED,
                                List.of(
                                        new ScheduleLine(1, DUE_1, Money.of("1000.00"), Money.ZERO),
                                        new ScheduleLine(2, DUE_2, Money.of("1999.99"), Money.ZERO))),
                        Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2999.99");
    }

    @Test
    void shouldRefuseDueDatesThatDoNotComeAfterTheCaptureAndEachOther() {
        assertThatThrownBy(() -> Plan.open(
                        OpenPlans.shopping(
                                PlanId.random(),
                                OrderId.of("order-1"),
                                CustomerId.of("customer-1"),
                                Money.of("100.00"),
                                PricingMethod.PAY_IN_FULL,
                                false,
                                BigDecimal.ZERO,
                                CAPTURED,
                                List.of(new ScheduleLine(1, CAPTURED, Money.of("100.00"), Money.ZERO))),
                        Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldPayTheLateFeeThenTheFeeThenThePrincipalOldestInstallmentFirst() {
        Plan plan = threeMonths();
        plan.installment(1).chargeLateFee(Money.of("1.53"));
        LocalDate paidOn = DUE_1.plusDays(6);

        PaymentAllocation allocation = plan.pay(Money.of("1100.00"), paidOn);

        assertThat(allocation.postings())
                .containsExactly(
                        posting(1, LedgerKind.PAYMENT_LATE_FEE, "1.53"),
                        posting(1, LedgerKind.PAYMENT_FEE, "22.50"),
                        posting(1, LedgerKind.PAYMENT_PRINCIPAL, "1000.00"),
                        posting(2, LedgerKind.PAYMENT_FEE, "22.50"),
                        posting(2, LedgerKind.PAYMENT_PRINCIPAL, "53.47"));
        assertThat(allocation.allocated()).isEqualTo(Money.of("1100.00"));
        assertThat(allocation.principalRepaid()).isEqualTo(Money.of("1053.47"));
        assertThat(allocation.settled()).containsExactly(new Settlement(1, DUE_1, true, false));
        assertThat(plan.installment(1).status()).isEqualTo(InstallmentStatus.PAID);
        assertThat(plan.installment(2).unpaid()).isEqualTo(Money.of("946.53"));
        assertThat(plan.outstandingPrincipal()).isEqualTo(Money.of("1946.53"));
    }

    @Test
    void shouldPrepayPrincipalFromTheLastInstallmentBackwardsAndShrinkItsFeeProRata() {
        Plan plan = threeMonths();
        LocalDate paidOn = CAPTURED.plusDays(5);

        PaymentAllocation allocation = plan.pay(Money.of("1522.50"), paidOn);

        assertThat(allocation.postings())
                .containsExactly(
                        posting(1, LedgerKind.PAYMENT_FEE, "22.50"),
                        posting(1, LedgerKind.PAYMENT_PRINCIPAL, "1000.00"),
                        posting(3, LedgerKind.PAYMENT_PRINCIPAL, "500.00"),
                        posting(3, LedgerKind.FEE_WAIVED, "11.25"));
        assertThat(allocation.settled()).containsExactly(new Settlement(1, DUE_1, true, true));
        assertThat(plan.installment(2).unpaid()).isEqualTo(Money.of("1022.50"));
        assertThat(plan.installment(3).unpaidPrincipal()).isEqualTo(Money.of("500.00"));
        assertThat(plan.installment(3).fee()).isEqualTo(Money.of("11.25"));
        assertThat(plan.outstandingPrincipal()).isEqualTo(Money.of("1500.00"));
    }

    @Test
    void shouldCountAPaymentOnTheCaptureDateAsPrepaymentSinceNoPeriodHasStarted() {
        Plan plan = threeMonths();

        PaymentAllocation allocation = plan.pay(Money.of("1000.00"), CAPTURED);

        assertThat(plan.dueNow(CAPTURED)).isEqualTo(Money.ZERO);
        assertThat(allocation.postings())
                .containsExactly(
                        posting(3, LedgerKind.PAYMENT_PRINCIPAL, "1000.00"),
                        posting(3, LedgerKind.FEE_WAIVED, "22.50"));
        assertThat(allocation.settled()).containsExactly(new Settlement(3, DUE_3, false, true));
    }

    @Test
    void shouldWaiveTheFeesOfPeriodsNotStartedWhenThePlanIsPaidOffEarly() {
        Plan plan = threeMonths();
        LocalDate paidOn = DUE_1.plusDays(5);
        assertThat(plan.payoffAmount(paidOn)).isEqualTo(Money.of("3045.00"));

        PaymentAllocation allocation = plan.pay(Money.of("3045.00"), paidOn);

        assertThat(allocation.paidOff()).isTrue();
        assertThat(allocation.feesWaived()).isEqualTo(Money.of("22.50"));
        assertThat(plan.installment(2).feePaid()).isEqualTo(Money.of("22.50"));
        assertThat(plan.installment(3).fee()).isEqualTo(Money.ZERO);
        assertThat(plan.status()).isEqualTo(PlanStatus.PAID_OFF);
        assertThat(plan.outstandingPrincipal()).isEqualTo(Money.ZERO);
    }

    @Test
    void shouldRefuseAPaymentLargerThanWhatThePlanOwesTodayAndChangeNothing() {
        Plan plan = threeMonths();
        LocalDate paidOn = DUE_1.plusDays(5);

        assertThatThrownBy(() -> plan.pay(Money.of("3045.01"), paidOn))
                .isInstanceOf(PaymentExceedsBalance.class)
                .hasMessageContaining("3045.00");
        assertThat(plan.payoffAmount(paidOn)).isEqualTo(Money.of("3045.00"));
        assertThat(plan.installment(1).principalPaid()).isEqualTo(Money.ZERO);
    }

    @Test
    void shouldRefuseAPaymentOnASettledPlan() {
        Plan plan = threeMonths();
        plan.pay(plan.payoffAmount(CAPTURED.plusDays(1)), CAPTURED.plusDays(1));

        assertThatThrownBy(() -> plan.pay(Money.of("0.01"), CAPTURED.plusDays(2)))
                .isInstanceOf(PlanSettled.class);
    }

    @Test
    void shouldTakeARefundFromTheLatestInstallmentsAndShrinkTheirFeesProRata() {
        Plan plan = threeMonths();

        RefundSettlement refund = plan.refund(Money.of("1500.00"), CAPTURED.plusDays(5));

        assertThat(refund.postings())
                .containsExactly(
                        posting(3, LedgerKind.REFUND_PRINCIPAL, "1000.00"),
                        posting(3, LedgerKind.REFUND_FEE_REDUCTION, "22.50"),
                        posting(2, LedgerKind.REFUND_PRINCIPAL, "500.00"),
                        posting(2, LedgerKind.REFUND_FEE_REDUCTION, "11.25"));
        assertThat(refund.principalRefunded()).isEqualTo(Money.of("1500.00"));
        assertThat(refund.creditBalance()).isEqualTo(Money.ZERO);
        assertThat(plan.installment(3).status()).isEqualTo(InstallmentStatus.PAID);
        assertThat(plan.installment(2).unpaid()).isEqualTo(Money.of("511.25"));
        assertThat(plan.installment(1).unpaid()).isEqualTo(Money.of("1022.50"));
        assertThat(plan.outstandingPrincipal()).isEqualTo(Money.of("1500.00"));
        assertThat(plan.status()).isEqualTo(PlanStatus.ACTIVE);
    }

    @Test
    void shouldCloseThePlanAndRecordACreditBalanceWhenTheRefundExceedsWhatIsOwed() {
        Plan plan = threeMonths();
        plan.pay(Money.of("1022.50"), DUE_1.minusDays(3));
        plan.installment(2).chargeLateFee(Money.of("0.40"));

        RefundSettlement refund = plan.refund(Money.of("3000.00"), DUE_1.plusDays(5));

        assertThat(refund.principalRefunded()).isEqualTo(Money.of("2000.00"));
        assertThat(refund.postings())
                .contains(
                        posting(3, LedgerKind.REFUND_FEE_REDUCTION, "22.50"),
                        posting(2, LedgerKind.REFUND_LATE_FEE, "0.40"),
                        posting(2, LedgerKind.REFUND_FEE, "22.50"),
                        new Posting(null, LedgerKind.CREDIT_BALANCE, Money.of("977.10")));
        assertThat(refund.closedPlan()).isTrue();
        assertThat(plan.status()).isEqualTo(PlanStatus.REFUNDED);
        assertThat(plan.creditBalance().amount()).isEqualTo(Money.of("977.10"));
        assertThat(plan.payoffAmount(DUE_1.plusDays(5))).isEqualTo(Money.ZERO);
    }

    @Test
    void shouldKeepARefundOnAPaidOffPlanAsACreditBalance() {
        Plan plan = threeMonths();
        plan.pay(plan.payoffAmount(DUE_1.plusDays(1)), DUE_1.plusDays(1));

        RefundSettlement refund = plan.refund(Money.of("500.00"), DUE_1.plusDays(2));

        assertThat(refund.principalRefunded()).isEqualTo(Money.ZERO);
        assertThat(refund.creditBalance()).isEqualTo(Money.of("500.00"));
        assertThat(plan.status()).isEqualTo(PlanStatus.PAID_OFF);
    }

    @Test
    void shouldCountAnInstallmentPaidOnItsDueDateAsOnTime() {
        Plan plan = threeMonths();

        PaymentAllocation allocation = plan.pay(Money.of("1022.50"), DUE_1);

        assertThat(allocation.settled()).containsExactly(new Settlement(1, DUE_1, true, true));
        assertThat(plan.installment(1).settledOn()).isEqualTo(DUE_1);
    }
}
