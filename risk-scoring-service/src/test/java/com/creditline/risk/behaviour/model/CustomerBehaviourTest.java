package com.creditline.risk.behaviour.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CustomerBehaviourTest {

    static final LocalDate OPENED = LocalDate.of(2026, 1, 10);

    @Test
    void shouldAddUpPlansPaymentsAndUtilisation() {
        CustomerBehaviour b = opened(Money.yuan(10_000));
        b.planOpened(Money.yuan(3_000), OPENED);
        b.planOpened(Money.yuan(1_000), OPENED.plusDays(3));
        b.refunded(OPENED.plusDays(4));
        b.principalReduced(Money.yuan(500), OPENED.plusDays(4));
        b.paid(Money.of("1020.00"), OPENED.plusDays(30));

        BehaviourSnapshot s = b.snapshot(LocalDate.of(2026, 4, 12));

        assertThat(s.plans()).isEqualTo(2);
        assertThat(s.refunds()).isEqualTo(1);
        assertThat(s.payments()).isEqualTo(1);
        assertThat(s.paid()).isEqualTo(Money.of("1020.00"));
        assertThat(s.outstandingPrincipal()).isEqualTo(Money.yuan(3_500));
        assertThat(s.utilisation()).isEqualByComparingTo(new BigDecimal("0.35"));
        assertThat(s.monthsOnBook()).isEqualTo(3);
    }

    @Test
    void shouldTakeAReductionThatArrivesBeforeItsPlan() {
        CustomerBehaviour b = opened(Money.yuan(10_000));
        b.principalReduced(Money.yuan(1_000), OPENED);
        assertThat(b.snapshot(OPENED).outstandingPrincipal()).isEqualTo(Money.ZERO);

        b.planOpened(Money.yuan(4_000), OPENED);
        assertThat(b.snapshot(OPENED).outstandingPrincipal()).isEqualTo(Money.yuan(3_000));
    }

    @Test
    void shouldKeepTheWorstDaysPastDueOfEachMonthAndEndTheStreakWhenLate() {
        CustomerBehaviour b = opened(Money.yuan(5_000));
        b.onTimeStreakReached(6, LocalDate.of(2026, 3, 1));
        b.delinquencyChanged(45, LocalDate.of(2026, 3, 20));
        b.delinquencyChanged(0, LocalDate.of(2026, 3, 25));
        b.delinquencyChanged(12, LocalDate.of(2026, 8, 5));
        b.delinquencyChanged(0, LocalDate.of(2026, 8, 9));

        BehaviourSnapshot september = b.snapshot(LocalDate.of(2026, 9, 30));
        assertThat(september.onTimeStreak()).isZero();
        assertThat(september.daysPastDue()).isZero();
        assertThat(september.worstDaysPastDue6m()).isEqualTo(12);
        assertThat(september.worstDaysPastDue12m()).isEqualTo(45);

        assertThat(b.snapshot(LocalDate.of(2027, 3, 1)).worstDaysPastDue12m()).isEqualTo(12);
    }

    @Test
    void shouldHaveRepaymentsToJudgeOnceAPaymentIsMadeOrADayPastDue() {
        CustomerBehaviour paying = opened(Money.yuan(5_000));
        paying.planOpened(Money.yuan(900), OPENED);
        assertThat(paying.hasRepaymentsToJudge()).isFalse();
        paying.paid(Money.yuan(300), OPENED.plusDays(30));
        assertThat(paying.hasRepaymentsToJudge()).isTrue();

        CustomerBehaviour late = opened(Money.yuan(5_000));
        late.delinquencyChanged(2, OPENED.plusDays(32));
        late.delinquencyChanged(0, OPENED.plusDays(33));
        assertThat(late.hasRepaymentsToJudge()).isTrue();
    }

    @Test
    void shouldKeepTheFirstChargeOffAndNotTakeTheWrittenOffPrincipalForPaid() {
        CustomerBehaviour b = opened(Money.yuan(5_000));
        b.planOpened(Money.yuan(900), OPENED);
        b.principalReduced(Money.yuan(900), OPENED.plusDays(200));
        assertThat(b.paidOff()).isTrue();

        b.chargedOff(OPENED.plusDays(200));
        b.chargedOff(OPENED.plusDays(201));

        assertThat(b.chargedOffOn()).isEqualTo(OPENED.plusDays(200));
        assertThat(b.paidOff()).isFalse();
    }

    private static CustomerBehaviour opened(Money limit) {
        CustomerBehaviour b = CustomerBehaviour.of(CustomerId.of("c-1"), OPENED);
        b.lineOpened(limit, OPENED);
        return b;
    }
}
