package com.creditline.collections.contact.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditline.collections.strategy.model.Channel;
import com.creditline.collections.strategy.model.StrategyStep;
import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ContactAttemptTest {

    static final CustomerId CUSTOMER = CustomerId.of("cust-1001");

    static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    static final StrategyStep VOICE = new StrategyStep(7, Channel.VOICE, "overdue-7-days");
    static final StrategyStep REMINDER = new StrategyStep(-3, Channel.SMS, "reminder-due-in-3-days");

    @Test
    void shouldBeDueFromItsScheduledTimeUntilDecided() {
        ContactAttempt attempt = ContactAttempt.forCase(UUID.randomUUID(), CUSTOMER, VOICE, NOW);

        assertThat(attempt.isDueAt(NOW.minusSeconds(1))).isFalse();
        assertThat(attempt.isDueAt(NOW)).isTrue();

        attempt.sent(NOW);
        assertThat(attempt.status()).isEqualTo(AttemptStatus.SENT);
        assertThat(attempt.isDueAt(NOW)).isFalse();
    }

    @Test
    void shouldBeDueAgainAtTheTimeItWasDeferredTo() {
        ContactAttempt attempt = ContactAttempt.forCase(UUID.randomUUID(), CUSTOMER, VOICE, NOW);
        Instant later = NOW.plusSeconds(3600);

        attempt.deferTo(later, "outside contact hours");

        assertThat(attempt.status()).isEqualTo(AttemptStatus.DEFERRED);
        assertThat(attempt.reason()).isEqualTo("outside contact hours");
        assertThat(attempt.isDueAt(NOW)).isFalse();
        assertThat(attempt.isDueAt(later)).isTrue();
        attempt.sent(later);
        assertThat(attempt.deferrals()).isEqualTo(1);
        assertThat(attempt.reason()).isNull();
    }

    @Test
    void shouldNotChangeOnceSentOrSkipped() {
        ContactAttempt sent = ContactAttempt.forCase(UUID.randomUUID(), CUSTOMER, VOICE, NOW);
        sent.sent(NOW);
        ContactAttempt superseded =
                ContactAttempt.forCase(UUID.randomUUID(), CUSTOMER, VOICE, NOW).supersededBy(15);

        assertThatThrownBy(() -> sent.skip("too late")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> superseded.sent(NOW)).isInstanceOf(IllegalStateException.class);
        assertThat(superseded.reason()).isEqualTo("superseded by the D+15 step");
    }

    @Test
    void shouldTellEscalationStepsFromRemindersBeforeTheDueDate() {
        ContactAttempt reminder = ContactAttempt.beforeDue(
                new DueInstallment(CUSTOMER, Money.of("300.00"), LocalDate.of(2026, 3, 5)), REMINDER, NOW);

        assertThat(reminder.isEscalation()).isFalse();
        assertThat(reminder.caseId()).isNull();
        assertThat(ContactAttempt.forCase(UUID.randomUUID(), CUSTOMER, VOICE, NOW)
                        .isEscalation())
                .isTrue();
        assertThatThrownBy(() -> ContactAttempt.forCase(UUID.randomUUID(), CUSTOMER, REMINDER, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
