package com.creditline.collections.cases.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditline.collections.strategy.model.Channel;
import com.creditline.collections.strategy.model.Escalation;
import com.creditline.collections.strategy.model.ReminderStrategy;
import com.creditline.collections.strategy.model.Strategies;
import com.creditline.collections.strategy.model.StrategyStep;
import com.creditline.common.delinquency.DelinquencyBucket;
import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CollectionCaseTest {

    static final CustomerId CUSTOMER = CustomerId.of("cust-1001");

    static final LocalDate DUE = LocalDate.of(2026, 3, 1);
    static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    final ReminderStrategy strategy = Strategies.standard();
    final CasePolicy policy = CasePolicy.DEFAULT;

    static Delinquency late(int daysPastDue, String overdue) {
        return new Delinquency(daysPastDue, Money.of(overdue), DUE, DUE.plusDays(daysPastDue));
    }

    static Delinquency curedOn(LocalDate date) {
        return new Delinquency(0, Money.ZERO, null, date);
    }

    /** repayment-service's charge-off at {@code daysPastDue}, dated by them. */
    static RecordChargeOff chargeOff(String principal, String fees, int daysPastDue) {
        return new RecordChargeOff(Money.of(principal), Money.of(fees), daysPastDue, DUE.plusDays(daysPastDue));
    }

    static CollectionCase openedAt(int daysPastDue) {
        return CollectionCase.open(UUID.randomUUID(), CUSTOMER, late(daysPastDue, "250.00"));
    }

    @Test
    void shouldOpenInTheBucketOfItsDaysPastDue() {
        CollectionCase c = openedAt(1);

        assertThat(c.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(c.bucket()).isEqualTo(DelinquencyBucket.M1);
        assertThat(c.daysPastDue()).isEqualTo(1);
        assertThat(c.overdueAmount()).isEqualTo(Money.of("250.00"));
        assertThat(c.openedOn()).isEqualTo(DUE.plusDays(1));
        assertThat(c.recoveredTotal()).isEqualTo(Money.ZERO);
    }

    @Test
    void shouldNotOpenForACustomerWhoIsNotLate() {
        assertThatThrownBy(() -> CollectionCase.open(UUID.randomUUID(), CUSTOMER, curedOn(DUE)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldMoveBetweenBucketsAsDaysPastDueGrow() {
        CollectionCase c = openedAt(1);

        c.track(late(31, "250.00"));
        assertThat(c.bucket()).isEqualTo(DelinquencyBucket.M2);
        c.track(late(91, "500.00"));
        assertThat(c.bucket()).isEqualTo(DelinquencyBucket.M3_PLUS);
        assertThat(c.overdueAmount()).isEqualTo(Money.of("500.00"));
    }

    @Test
    void shouldCloseAsCuredWhenDaysPastDueReturnToZero() {
        CollectionCase c = openedAt(5);

        assertThat(c.track(curedOn(DUE.plusDays(6)))).isTrue();

        assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(c.closeReason()).isEqualTo(CloseReason.CURED);
        assertThat(c.closedOn()).isEqualTo(DUE.plusDays(6));
        assertThat(c.bucket()).isEqualTo(DelinquencyBucket.CURRENT);
        assertThat(c.overdueAmount()).isEqualTo(Money.ZERO);
    }

    @Test
    void shouldCloseAsCuredWhenAPaymentLeavesNothingOverdue() {
        CollectionCase c = openedAt(5);

        c.paymentReceived(Money.of("100.00"), DUE.plusDays(5));
        assertThat(c.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(c.overdueAmount()).isEqualTo(Money.of("100.00"));

        c.paymentReceived(Money.ZERO, DUE.plusDays(5));
        assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(c.closeReason()).isEqualTo(CloseReason.CURED);
        assertThat(c.daysPastDue()).isZero();
    }

    @Test
    void shouldIgnoreFiguresOlderThanTheOnesItHolds() {
        CollectionCase c = openedAt(10);

        assertThat(c.track(late(3, "10.00"))).isFalse();

        assertThat(c.daysPastDue()).isEqualTo(10);
    }

    @Test
    void shouldRequestTheFreezeOnceFromNinetyDaysPastDue() {
        CollectionCase c = openedAt(89);
        assertThat(c.requestFreezeIfDue(policy, DUE.plusDays(89))).isFalse();

        c.track(late(90, "900.00"));
        assertThat(c.requestFreezeIfDue(policy, DUE.plusDays(90))).isTrue();
        assertThat(c.freezeRequestedOn()).isEqualTo(DUE.plusDays(90));

        c.track(late(120, "900.00"));
        assertThat(c.requestFreezeIfDue(policy, DUE.plusDays(120))).isFalse();
    }

    @Test
    void shouldNotChargeOffHoweverLateTheCustomer() {
        CollectionCase c = openedAt(179);

        c.track(late(180, "1234.56"));
        c.track(late(400, "1234.56"));

        assertThat(c.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(c.writeOff()).isEmpty();
    }

    @Test
    void shouldFollowRepaymentsChargeOffWithTheAmountsWrittenOff() {
        CollectionCase c = openedAt(180);

        assertThat(c.chargedOff(chargeOff("1000.00", "234.56", 180))).isTrue();

        assertThat(c.status()).isEqualTo(CaseStatus.CHARGED_OFF);
        assertThat(c.writeOff())
                .contains(
                        new WriteOff(DUE.plusDays(180), Money.of("1000.00"), Money.of("234.56"), Money.of("1234.56")));
        assertThat(c.escalate(strategy).isEmpty()).isTrue();
    }

    @Test
    void shouldChangeNothingWhenChargedOffAgain() {
        CollectionCase c = openedAt(180);
        c.chargedOff(chargeOff("1000.00", "234.56", 180));

        assertThat(c.chargedOff(chargeOff("1.00", "2.00", 181))).isFalse();

        assertThat(c.writeOff())
                .contains(
                        new WriteOff(DUE.plusDays(180), Money.of("1000.00"), Money.of("234.56"), Money.of("1234.56")));
    }

    @Test
    void shouldLeaveAClosedCaseClosedAtAChargeOffForANewCaseToTakeIt() {
        CollectionCase c = openedAt(3);
        c.track(curedOn(DUE.plusDays(4)));

        assertThatThrownBy(() -> c.chargedOff(chargeOff("1.00", "0.00", 180)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void shouldOpenACaseChargedOffForACustomerChargedOffWithoutOne() {
        CollectionCase c =
                CollectionCase.openChargedOff(UUID.randomUUID(), CUSTOMER, chargeOff("800.00", "40.00", 185));

        assertThat(c.status()).isEqualTo(CaseStatus.CHARGED_OFF);
        assertThat(c.daysPastDue()).isEqualTo(185);
        assertThat(c.bucket()).isEqualTo(DelinquencyBucket.M3_PLUS);
        assertThat(c.overdueAmount()).isEqualTo(Money.of("840.00"));
        assertThat(c.oldestDueDate()).isEqualTo(DUE);
        assertThat(c.openedOn()).isEqualTo(DUE.plusDays(185));
        assertThat(c.writeOff()).get().extracting(WriteOff::total).isEqualTo(Money.of("840.00"));
        assertThat(c.recoveredTotal()).isEqualTo(Money.ZERO);
        assertThat(c.requestFreezeIfDue(policy, DUE.plusDays(185)))
                .as("the charge-off closes the line; no freeze is asked for")
                .isFalse();
    }

    @Test
    void shouldOpenACaseChargedOffEvenAtZeroDaysPastDue() {
        CollectionCase c = CollectionCase.openChargedOff(UUID.randomUUID(), CUSTOMER, chargeOff("10.00", "0.00", 0));

        assertThat(c.status()).isEqualTo(CaseStatus.CHARGED_OFF);
        assertThat(c.bucket()).isEqualTo(DelinquencyBucket.CURRENT);
        assertThat(c.oldestDueDate()).isNull();
    }

    @Test
    void shouldNotRequestTheFreezeOfAChargedOffCase() {
        CollectionCase c = openedAt(80);
        c.chargedOff(chargeOff("100.00", "0.00", 80));

        c.track(late(95, "250.00"));

        assertThat(c.requestFreezeIfDue(policy, DUE.plusDays(95))).isFalse();
    }

    @Test
    void shouldStayChargedOffWhenTheArrearsAreLaterPaid() {
        CollectionCase c = openedAt(180);
        c.chargedOff(chargeOff("250.00", "0.00", 180));

        c.track(curedOn(DUE.plusDays(200)));

        assertThat(c.status()).isEqualTo(CaseStatus.CHARGED_OFF);
    }

    @Test
    void shouldBookPaymentsAfterTheChargeOffAsRecoveries() {
        CollectionCase c = openedAt(180);
        c.chargedOff(chargeOff("250.00", "0.00", 180));

        Recovery first =
                c.bookRecovery(new BookRecovery(UUID.randomUUID(), Money.of("100.00"), DUE.plusDays(181)), NOW);
        c.bookRecovery(new BookRecovery(UUID.randomUUID(), Money.of("0.50"), DUE.plusDays(190)), NOW);

        assertThat(first.amount()).isEqualTo(Money.of("100.00"));
        assertThat(first.caseId()).isEqualTo(c.id());
        assertThat(c.recoveredTotal()).isEqualTo(Money.of("100.50"));
    }

    @Test
    void shouldNotBookARecoveryBeforeTheChargeOff() {
        CollectionCase c = openedAt(30);

        assertThatThrownBy(() -> c.bookRecovery(new BookRecovery(UUID.randomUUID(), Money.of("1.00"), DUE), NOW))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldEscalateThroughTheStrategyEachStepOnce() {
        CollectionCase c = openedAt(1);

        assertThat(c.escalate(strategy).due())
                .extracting(StrategyStep::channel)
                .containsExactly(Channel.SMS, Channel.EMAIL);
        assertThat(c.escalate(strategy).isEmpty()).isTrue();

        c.track(late(7, "250.00"));
        assertThat(c.escalate(strategy).due()).extracting(StrategyStep::channel).containsExactly(Channel.VOICE);
        assertThat(c.lastEscalationDay()).isEqualTo(7);
    }

    @Test
    void shouldPauseEscalationWhileAPromiseToPayIsOpen() {
        CollectionCase c = openedAt(1);
        c.escalate(strategy);
        LocalDate today = DUE.plusDays(3);
        c.track(late(3, "250.00"));

        c.promiseToPay(new MakePromise(today.plusDays(10), Money.of("250.00")), today, NOW, policy);

        c.track(late(7, "250.00"));
        assertThat(c.escalate(strategy).isEmpty()).isTrue();
        c.track(late(13, "250.00"));
        assertThat(c.breakPromiseIfLapsed(DUE.plusDays(13)))
                .as("the promised date itself")
                .isFalse();
        assertThat(c.escalate(strategy).isEmpty()).isTrue();
        assertThat(c.lastEscalationDay()).isEqualTo(1);
    }

    @Test
    void shouldResumeEscalationWhenThePromisedDatePassesStillDelinquent() {
        CollectionCase c = openedAt(1);
        c.escalate(strategy);
        LocalDate today = DUE.plusDays(3);
        c.track(late(3, "250.00"));
        c.promiseToPay(new MakePromise(today.plusDays(13), Money.of("250.00")), today, NOW, policy);
        c.track(late(16, "250.00"));
        assertThat(c.escalate(strategy).isEmpty()).isTrue();

        c.track(late(17, "250.00"));
        assertThat(c.breakPromiseIfLapsed(DUE.plusDays(17))).isTrue();

        assertThat(c.latestPromise()).get().extracting(PromiseToPay::status).isEqualTo(PromiseStatus.BROKEN);
        Escalation resumed = c.escalate(strategy);
        assertThat(resumed.due()).extracting(StrategyStep::channel).containsExactly(Channel.AGENT_QUEUE);
        assertThat(resumed.superseded()).extracting(StrategyStep::channel).containsExactly(Channel.VOICE);
    }

    @Test
    void shouldKeepThePromiseWhenTheArrearsAreCured() {
        CollectionCase c = openedAt(3);
        c.promiseToPay(new MakePromise(DUE.plusDays(10), Money.of("250.00")), DUE.plusDays(3), NOW, policy);

        c.track(curedOn(DUE.plusDays(8)));

        assertThat(c.latestPromise()).get().extracting(PromiseToPay::status).isEqualTo(PromiseStatus.KEPT);
        assertThat(c.openPromise()).isEmpty();
    }

    @Test
    void shouldRefuseAPromiseOnACaseThatIsNotOpen() {
        CollectionCase c = openedAt(3);
        c.track(curedOn(DUE.plusDays(4)));

        assertThatThrownBy(() -> c.promiseToPay(
                        new MakePromise(DUE.plusDays(10), Money.of("1.00")), DUE.plusDays(4), NOW, policy))
                .isInstanceOf(CaseNotOpen.class);
    }

    @Test
    void shouldRefuseAPromisedDateBeforeTheBusinessDate() {
        CollectionCase c = openedAt(3);
        LocalDate today = DUE.plusDays(3);

        assertThatThrownBy(
                        () -> c.promiseToPay(new MakePromise(today.minusDays(1), Money.of("1.00")), today, NOW, policy))
                .isInstanceOf(PromisedDateInPast.class);
        assertThat(c.promiseToPay(new MakePromise(today, Money.of("1.00")), today, NOW, policy)
                        .isOpen())
                .as("today is not the past")
                .isTrue();
    }

    @Test
    void shouldRefuseAPromiseTooFarAheadOrForNothingOrWhileOneIsOpen() {
        CollectionCase c = openedAt(3);
        LocalDate today = DUE.plusDays(3);

        assertThatThrownBy(
                        () -> c.promiseToPay(new MakePromise(today.plusDays(31), Money.of("1.00")), today, NOW, policy))
                .isInstanceOf(PromiseTooFarAhead.class);
        assertThatThrownBy(() -> c.promiseToPay(new MakePromise(today.plusDays(5), Money.ZERO), today, NOW, policy))
                .isInstanceOf(PromisedAmountNotPositive.class);
        c.promiseToPay(new MakePromise(today.plusDays(30), Money.of("1.00")), today, NOW, policy);
        assertThatThrownBy(
                        () -> c.promiseToPay(new MakePromise(today.plusDays(5), Money.of("1.00")), today, NOW, policy))
                .isInstanceOf(PromiseAlreadyOpen.class);
    }

    @Test
    void shouldMeasureAPromiseFromTheCasesFiguresWhenTheyAreDatedAfterTheBusinessDate() {
        CollectionCase c = openedAt(10);
        LocalDate figures = DUE.plusDays(10);
        LocalDate behind = figures.minusDays(35);

        PromiseToPay made =
                c.promiseToPay(new MakePromise(figures.plusDays(30), Money.of("1.00")), behind, NOW, policy);

        assertThat(made.madeOn()).isEqualTo(figures);
    }

    @Test
    void shouldCancelAnOpenPromiseAtTheChargeOff() {
        CollectionCase c = openedAt(170);
        c.promiseToPay(new MakePromise(DUE.plusDays(185), Money.of("1.00")), DUE.plusDays(170), NOW, policy);

        c.track(late(180, "1000.00"));
        c.chargedOff(chargeOff("1000.00", "12.00", 180));

        assertThat(c.latestPromise()).get().extracting(PromiseToPay::status).isEqualTo(PromiseStatus.CANCELLED);
        assertThat(c.latestPromise()).get().extracting(PromiseToPay::resolvedOn).isEqualTo(DUE.plusDays(180));
    }
}
