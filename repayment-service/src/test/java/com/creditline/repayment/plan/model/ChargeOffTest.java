package com.creditline.repayment.plan.model;

import static com.creditline.repayment.plan.model.PlanTest.CAPTURED;
import static com.creditline.repayment.plan.model.PlanTest.DUE_1;
import static com.creditline.repayment.plan.model.PlanTest.posting;
import static com.creditline.repayment.plan.model.PlanTest.threeMonths;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditline.common.money.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChargeOffTest {

    @Test
    void shouldWriteOffPrincipalAndLateFeesWaivingTheFeesOfPeriodsNotStarted() {
        Plan plan = threeMonths();
        plan.markOverdue(DUE_1.plusDays(1));
        plan.installment(1).chargeLateFee(Money.of("4.10"));
        LocalDate day = DUE_1.plusDays(20);

        ChargeOff chargeOff = plan.chargeOff(day);

        assertThat(plan.status()).isEqualTo(PlanStatus.CHARGED_OFF);
        assertThat(chargeOff.principalWrittenOff()).isEqualTo(Money.of("3000.00"));
        assertThat(chargeOff.lateFeesWrittenOff()).isEqualTo(Money.of("4.10"));
        assertThat(chargeOff.postings())
                .containsExactly(
                        posting(3, LedgerKind.FEE_WAIVED, "22.50"),
                        new Posting(null, LedgerKind.CHARGE_OFF_PRINCIPAL, Money.of("3000.00")),
                        new Posting(null, LedgerKind.CHARGE_OFF_LATE_FEE, Money.of("4.10")));
        assertThat(plan.outstandingPrincipal())
                .as("what the customer still owes stays on the plan")
                .isEqualTo(Money.of("3000.00"));
    }

    @Test
    void shouldAccrueNoLateFeeOnceChargedOff() {
        Plan plan = threeMonths();
        plan.markOverdue(DUE_1.plusDays(1));
        plan.chargeOff(DUE_1.plusDays(10));

        assertThat(plan.chargeLateFees(DUE_1.plusDays(11), LateFeePolicy.DEFAULT))
                .isEmpty();
    }

    @Test
    void shouldBookAPaymentAfterChargeOffAsARecoveryThatGivesNoPrincipalBackToTheLine() {
        Plan plan = threeMonths();
        plan.chargeOff(DUE_1.plusDays(10));

        PaymentAllocation allocation = plan.pay(Money.of("100.00"), DUE_1.plusDays(11));

        assertThat(allocation.postings()).extracting(Posting::kind).containsOnly(LedgerKind.RECOVERY);
        assertThat(allocation.allocated()).isEqualTo(Money.of("100.00"));
        assertThat(allocation.principalRepaid()).isEqualTo(Money.ZERO);
        assertThat(plan.status()).isEqualTo(PlanStatus.CHARGED_OFF);
        assertThat(plan.outstandingPrincipal()).isEqualTo(Money.of("2922.50"));
    }

    @Test
    void shouldBookARefundAfterChargeOffAsARecoveryFromTheMerchant() {
        Plan plan = threeMonths();
        plan.chargeOff(DUE_1.plusDays(10));

        RefundSettlement refund = plan.refund(Money.of("500.00"), DUE_1.plusDays(12));

        assertThat(refund.postings()).extracting(Posting::kind).contains(LedgerKind.REFUND_RECOVERY);
        assertThat(refund.principalRefunded()).isEqualTo(Money.ZERO);
    }

    @Test
    void shouldChargeOffOnlyAnActivePlan() {
        Plan plan = threeMonths();
        plan.pay(plan.payoffAmount(CAPTURED.plusDays(1)), CAPTURED.plusDays(1));

        assertThatThrownBy(() -> plan.chargeOff(DUE_1)).isInstanceOf(IllegalStateException.class);
    }
}
