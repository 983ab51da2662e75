package com.creditline.collections.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.collections.TestClockConfiguration;
import com.creditline.collections.contact.ContactAttempts;
import com.creditline.collections.contact.ContactChannel;
import com.creditline.collections.contact.model.AttemptStatus;
import com.creditline.collections.contact.model.ContactAttempt;
import com.creditline.collections.contact.model.ContactMessage;
import com.creditline.collections.contact.model.DueInstallment;
import com.creditline.collections.strategy.model.Channel;
import com.creditline.collections.strategy.model.StrategyStep;
import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import com.creditline.common.test.RealInfrastructure;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The processing step calls a contact channel with no transaction open and no lock held on the
 * attempt or the customer, then records what the channel answered; a claim left by a process that
 * died is taken again once its lease ends. The SMS channel here is a provider that looks, from its
 * own connection, at what the database holds while it is called.
 */
@SpringBootTest
@RealInfrastructure
class ContactSendingIT {

    static final Instant NOW = TestClockConfiguration.TEN_IN_SHANGHAI;
    static final StrategyStep REMINDER = new StrategyStep(-3, Channel.SMS, "reminder-due-in-3-days");

    /** What the channel saw while it was called for one attempt. */
    record Observed(
            boolean transactionOpen,
            boolean attemptRowFree,
            boolean customerFree,
            String status,
            Instant claimedUntil) {}

    @TestConfiguration(proxyBeanMethods = false)
    static class ObservingSms {

        @Bean
        ObservingChannel observingChannel(JdbcTemplate jdbc) {
            return new ObservingChannel(jdbc);
        }
    }

    static class ObservingChannel implements ContactChannel {

        final Map<UUID, Observed> observed = new ConcurrentHashMap<>();
        final Map<UUID, Boolean> failing = new ConcurrentHashMap<>();
        private final JdbcTemplate jdbc;

        ObservingChannel(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public Channel channel() {
            return Channel.SMS;
        }

        @Override
        public void send(ContactMessage message) {
            UUID id = message.attemptId();
            boolean transactionOpen = TransactionSynchronizationManager.isActualTransactionActive();
            // Each statement runs on its own connection in autocommit: it fails or answers false if
            // the processing step still held the row or the customer's advisory lock.
            boolean rowFree = !jdbc.queryForList(
                            "SELECT attempt_id FROM contact_attempt WHERE attempt_id = ? FOR UPDATE NOWAIT",
                            UUID.class,
                            id)
                    .isEmpty();
            boolean customerFree = Boolean.TRUE.equals(jdbc.queryForObject(
                    "SELECT pg_try_advisory_xact_lock(hashtext(?))",
                    Boolean.class,
                    "contact:" + message.customerId().value()));
            Observed seen = jdbc.queryForObject(
                    "SELECT status, claimed_until FROM contact_attempt WHERE attempt_id = ?",
                    (rs, n) -> {
                        Timestamp claimedUntil = rs.getTimestamp("claimed_until");
                        return new Observed(
                                transactionOpen,
                                rowFree,
                                customerFree,
                                rs.getString("status"),
                                claimedUntil == null ? null : claimedUntil.toInstant());
                    },
                    id);
            observed.put(id, seen);
            if (failing.containsKey(id)) {
                throw new IllegalStateException("provider down");
            }
        }
    }

    @Autowired
    ContactProcessing processing;

    @Autowired
    ContactAttempts attempts;

    @Autowired
    ObservingChannel sms;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldCallTheChannelWithNoTransactionOpenAndNoLockHeldThenRecordTheAttemptSent() {
        ContactAttempt reminder = attempts.save(reminderOf(newCustomer()));

        RunReport report = processing.run();

        assertThat(report.sent()).isGreaterThanOrEqualTo(1);
        Observed seen = sms.observed.get(reminder.id());
        assertThat(seen).isNotNull();
        assertThat(seen.transactionOpen()).isFalse();
        assertThat(seen.attemptRowFree()).isTrue();
        assertThat(seen.customerFree()).isTrue();
        assertThat(seen.status()).isEqualTo("SCHEDULED");
        assertThat(seen.claimedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));

        ContactAttempt recorded = attempts.findById(reminder.id()).orElseThrow();
        assertThat(recorded.status()).isEqualTo(AttemptStatus.SENT);
        assertThat(recorded.sentAt()).isEqualTo(NOW);
        assertThat(recorded.claimedUntil()).isNull();
    }

    @Test
    void shouldDeferAnAttemptWhoseChannelFailedAndReleaseItsClaim() {
        ContactAttempt reminder = attempts.save(reminderOf(newCustomer()));
        sms.failing.put(reminder.id(), true);

        processing.run();

        ContactAttempt recorded = attempts.findById(reminder.id()).orElseThrow();
        assertThat(sms.observed.get(reminder.id()).transactionOpen()).isFalse();
        assertThat(recorded.status()).isEqualTo(AttemptStatus.DEFERRED);
        assertThat(recorded.reason()).isEqualTo("channel failed: IllegalStateException");
        assertThat(recorded.scheduledFor()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
        assertThat(recorded.claimedUntil()).isNull();
    }

    @Test
    void shouldSendAgainAnAttemptClaimedByAProcessThatDiedOnceItsClaimEnds() {
        ContactAttempt reminder = attempts.save(reminderOf(newCustomer()));
        claim(reminder, NOW.plusSeconds(60));

        processing.run();
        assertThat(sms.observed).doesNotContainKey(reminder.id());
        assertThat(attempts.findById(reminder.id()).orElseThrow().status()).isEqualTo(AttemptStatus.SCHEDULED);

        claim(reminder, NOW);
        processing.run();

        assertThat(sms.observed).containsKey(reminder.id());
        assertThat(attempts.findById(reminder.id()).orElseThrow().status()).isEqualTo(AttemptStatus.SENT);
    }

    @Test
    void shouldCountAttemptsBeingSentAgainstTheDailyCap() {
        String customer = newCustomer();
        List<ContactAttempt> inFlight = List.of(
                attempts.save(reminderOf(customer)),
                attempts.save(reminderOf(customer)),
                attempts.save(reminderOf(customer)));
        inFlight.forEach(a -> claim(a, NOW.plusSeconds(60)));
        ContactAttempt fourth = attempts.save(reminderOf(customer));

        processing.run();

        ContactAttempt recorded = attempts.findById(fourth.id()).orElseThrow();
        assertThat(sms.observed).doesNotContainKey(fourth.id());
        assertThat(recorded.status()).isEqualTo(AttemptStatus.DEFERRED);
        assertThat(recorded.reason()).isEqualTo("daily cap of 3 contacts reached");
    }

    private void claim(ContactAttempt attempt, Instant until) {
        jdbc.update(
                "UPDATE contact_attempt SET claimed_until = ? WHERE attempt_id = ?",
                Timestamp.from(until),
                attempt.id());
    }

    private static ContactAttempt reminderOf(String customer) {
        return ContactAttempt.beforeDue(
                new DueInstallment(CustomerId.of(customer), Money.of("120.00"), LocalDate.of(2026, 3, 5)),
                REMINDER,
                NOW);
    }

    private static String newCustomer() {
        return "it-" + UUID.randomUUID();
    }
}
