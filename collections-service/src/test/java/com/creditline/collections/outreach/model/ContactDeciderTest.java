package com.creditline.collections.outreach.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.collections.cases.model.CasePolicy;
import com.creditline.collections.cases.model.CollectionCase;
import com.creditline.collections.cases.model.Delinquency;
import com.creditline.collections.cases.model.MakePromise;
import com.creditline.collections.cases.model.RecordChargeOff;
import com.creditline.collections.contact.model.ContactAttempt;
import com.creditline.collections.contact.model.ContactMessage;
import com.creditline.collections.contact.model.ContactRules;
import com.creditline.collections.contact.model.ContactWindow;
import com.creditline.collections.contact.model.DueInstallment;
import com.creditline.collections.strategy.model.Channel;
import com.creditline.collections.strategy.model.StrategyStep;
import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ContactDeciderTest {

    static final CustomerId CUSTOMER = CustomerId.of("cust-1001");

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Instant TEN_IN_SHANGHAI = Instant.parse("2026-03-02T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final LocalDate DUE = TODAY.minusDays(7);
    static final StrategyStep VOICE = new StrategyStep(7, Channel.VOICE, "overdue-7-days");
    static final StrategyStep REMINDER = new StrategyStep(-3, Channel.SMS, "reminder-due-in-3-days");

    final ContactDecider decider =
            new ContactDecider(new ContactRules(new ContactWindow(LocalTime.of(8, 0), LocalTime.of(21, 0)), 3));

    static CollectionCase sevenDaysLate() {
        return CollectionCase.open(UUID.randomUUID(), CUSTOMER, new Delinquency(7, Money.of("300.00"), DUE, TODAY));
    }

    static ContactAttempt voiceCallFor(CollectionCase c) {
        return ContactAttempt.forCase(c.id(), c.customerId(), VOICE, TEN_IN_SHANGHAI);
    }

    static ContactAttempt reminder() {
        return ContactAttempt.beforeDue(
                new DueInstallment(CUSTOMER, Money.of("120.00"), TODAY.plusDays(3)), REMINDER, TEN_IN_SHANGHAI);
    }

    ContactDecider.Decision decideAtTen(ContactAttempt attempt, Optional<CollectionCase> c, long contactsToday) {
        return decider.decide(attempt, new ContactDecider.Circumstances(c, SHANGHAI, contactsToday), TEN_IN_SHANGHAI);
    }

    @Test
    void shouldSendACaseContactWithTheCasesCurrentFigures() {
        CollectionCase c = sevenDaysLate();
        ContactAttempt call = voiceCallFor(c);

        ContactDecider.Decision decision = decideAtTen(call, Optional.of(c), 0);

        assertThat(decision).isInstanceOf(ContactDecider.Send.class);
        ContactMessage message = ((ContactDecider.Send) decision).message();
        assertThat(message.attemptId()).isEqualTo(call.id());
        assertThat(message.caseId()).isEqualTo(c.id());
        assertThat(message.channel()).isEqualTo(Channel.VOICE);
        assertThat(message.template()).isEqualTo("overdue-7-days");
        assertThat(message.amount()).isEqualTo(Money.of("300.00"));
        assertThat(message.dueDate()).isEqualTo(DUE);
    }

    @Test
    void shouldSendAReminderWithoutACaseWithTheInstallmentsFigures() {
        ContactDecider.Decision decision = decideAtTen(reminder(), Optional.empty(), 2);

        assertThat(decision).isInstanceOf(ContactDecider.Send.class);
        ContactMessage message = ((ContactDecider.Send) decision).message();
        assertThat(message.caseId()).isNull();
        assertThat(message.amount()).isEqualTo(Money.of("120.00"));
        assertThat(message.dueDate()).isEqualTo(TODAY.plusDays(3));
    }

    @Test
    void shouldLeaveAnAttemptScheduledLaterOrAlreadyDecided() {
        ContactAttempt later = ContactAttempt.beforeDue(
                new DueInstallment(CUSTOMER, Money.of("120.00"), TODAY.plusDays(3)),
                REMINDER,
                TEN_IN_SHANGHAI.plusSeconds(1));
        ContactAttempt sent = reminder();
        sent.sent(TEN_IN_SHANGHAI);

        assertThat(decideAtTen(later, Optional.empty(), 0)).isInstanceOf(ContactDecider.NotDue.class);
        assertThat(decideAtTen(sent, Optional.empty(), 0)).isInstanceOf(ContactDecider.NotDue.class);
    }

    @Test
    void shouldSkipTheContactsOfAClosedCase() {
        CollectionCase c = sevenDaysLate();
        ContactAttempt call = voiceCallFor(c);
        c.track(new Delinquency(0, Money.ZERO, null, TODAY));

        assertThat(decideAtTen(call, Optional.of(c), 0)).isEqualTo(new ContactDecider.Skip("case closed (CURED)"));
    }

    @Test
    void shouldSkipTheContactsOfACaseChargedOffByRepayment() {
        CollectionCase c = sevenDaysLate();
        ContactAttempt call = voiceCallFor(c);
        c.chargedOff(new RecordChargeOff(Money.of("300.00"), Money.of("12.00"), 180, TODAY));

        assertThat(decideAtTen(call, Optional.of(c), 0)).isEqualTo(new ContactDecider.Skip("case charged off"));
    }

    @Test
    void shouldSkipAReminderOfACustomerChargedOffSinceItWasScheduled() {
        ContactDecider.Decision decision = decider.decide(
                reminder(), new ContactDecider.Circumstances(Optional.empty(), SHANGHAI, 0, true), TEN_IN_SHANGHAI);

        assertThat(decision).isEqualTo(new ContactDecider.Skip("customer charged off"));
    }

    @Test
    void shouldHoldBackEscalationStepsButNotRemindersOfACaseWhileAPromiseIsOpen() {
        CollectionCase c = sevenDaysLate();
        c.promiseToPay(
                new MakePromise(TODAY.plusDays(5), Money.of("300.00")), TODAY, TEN_IN_SHANGHAI, CasePolicy.DEFAULT);

        assertThat(ContactDecider.reasonNotToContact(c, true))
                .contains("promise to pay open until " + TODAY.plusDays(5));
        assertThat(ContactDecider.reasonNotToContact(c, false)).isEmpty();
    }

    @Test
    void shouldSkipAnEscalationStepWhileAPromiseToPayIsOpenWhateverTheHourOrCap() {
        CollectionCase c = sevenDaysLate();
        ContactAttempt call = voiceCallFor(c);
        c.promiseToPay(
                new MakePromise(TODAY.plusDays(5), Money.of("300.00")), TODAY, TEN_IN_SHANGHAI, CasePolicy.DEFAULT);

        assertThat(decideAtTen(call, Optional.of(c), 3))
                .isEqualTo(new ContactDecider.Skip("promise to pay open until " + TODAY.plusDays(5)));
    }

    @Test
    void shouldDeferAContactOutsideTheCustomersContactHoursToTheNextOpening() {
        Instant tenAtNight = Instant.parse("2026-03-02T14:00:00Z");
        ContactAttempt attempt = reminder();

        ContactDecider.Decision decision =
                decider.decide(attempt, new ContactDecider.Circumstances(Optional.empty(), SHANGHAI, 0), tenAtNight);

        assertThat(decision)
                .isEqualTo(new ContactDecider.Defer(
                        Instant.parse("2026-03-03T00:00:00Z"), "outside contact hours 08:00-21:00 Asia/Shanghai"));
    }

    @Test
    void shouldDeferTheFourthContactOfTheCustomersDayToTheNextMorning() {
        ContactDecider.Decision decision = decideAtTen(reminder(), Optional.empty(), 3);

        assertThat(decision)
                .isEqualTo(new ContactDecider.Defer(
                        Instant.parse("2026-03-03T00:00:00Z"), "daily cap of 3 contacts reached"));
    }

    @Test
    void shouldCountTheDailyCapInTheCustomersOwnCalendarDay() {
        ContactWindow.Day day = decider.dayOf(TEN_IN_SHANGHAI, SHANGHAI);

        assertThat(day.start()).isEqualTo(Instant.parse("2026-03-01T16:00:00Z"));
        assertThat(day.end()).isEqualTo(Instant.parse("2026-03-02T16:00:00Z"));
    }
}
