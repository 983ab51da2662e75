package com.creditline.collections.outreach;

import com.creditline.collections.cases.CollectionCase;
import com.creditline.collections.cases.CollectionCases;
import com.creditline.collections.cases.Promises;
import com.creditline.collections.contact.AttemptStatus;
import com.creditline.collections.contact.ContactAttempt;
import com.creditline.collections.contact.ContactAttempts;
import com.creditline.collections.contact.ContactChannels;
import com.creditline.collections.contact.ContactMessage;
import com.creditline.collections.contact.ContactProperties;
import com.creditline.collections.contact.ContactRules;
import com.creditline.collections.contact.ContactWindow;
import com.creditline.collections.contact.CustomerZones;
import com.creditline.common.id.CustomerId;
import com.creditline.common.time.BusinessClock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The processing step: breaks lapsed promises (resuming their cases' escalation), then takes every
 * contact attempt due now and sends, defers or skips it. Each attempt is
 * decided in its own transaction, locked, and one customer's attempts one at a time, so runs on
 * several instances (or the schedule and the ops endpoint together) neither send an attempt twice
 * nor pass the daily cap.
 */
@Service
public class ContactProcessing {

    private static final Logger log = LoggerFactory.getLogger(ContactProcessing.class);
    private static final int MAX_ROUNDS = 1_000;

    private final ContactAttempts attempts;
    private final CollectionCases cases;
    private final Promises promises;
    private final CustomerZones zones;
    private final ContactRules rules;
    private final ContactChannels channels;
    private final BusinessClock clock;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final int batchSize;
    private final Duration retryAfterChannelFailure;
    private final MeterRegistry meters;

    ContactProcessing(
            ContactAttempts attempts,
            CollectionCases cases,
            Promises promises,
            CustomerZones zones,
            ContactRules rules,
            ContactChannels channels,
            BusinessClock clock,
            TransactionTemplate transactions,
            JdbcTemplate jdbc,
            ContactProperties properties,
            ObjectProvider<MeterRegistry> meters) {
        this.attempts = attempts;
        this.cases = cases;
        this.promises = promises;
        this.zones = zones;
        this.rules = rules;
        this.channels = channels;
        this.clock = clock;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.batchSize = properties.processing().batchSize();
        this.retryAfterChannelFailure = properties.retryAfterChannelFailure();
        this.meters = meters.getIfAvailable(SimpleMeterRegistry::new);
    }

    public RunReport run() {
        LocalDate businessDate = clock.businessDate();
        int broken = promises.breakLapsed(businessDate);
        Instant now = clock.now();
        Map<AttemptStatus, Integer> outcomes = new EnumMap<>(AttemptStatus.class);
        // Every attempt decided leaves the due set (sent, skipped, or deferred past now).
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<UUID> due = attempts.findDue(now, batchSize);
            for (UUID attemptId : due) {
                AttemptStatus outcome = transactions.execute(status -> decide(attemptId, now));
                if (outcome != null) {
                    outcomes.merge(outcome, 1, Integer::sum);
                }
            }
            if (due.size() < batchSize) {
                break;
            }
        }
        return new RunReport(
                businessDate,
                now,
                broken,
                outcomes.getOrDefault(AttemptStatus.SENT, 0),
                outcomes.getOrDefault(AttemptStatus.DEFERRED, 0),
                outcomes.getOrDefault(AttemptStatus.SKIPPED, 0));
    }

    private AttemptStatus decide(UUID attemptId, Instant now) {
        ContactAttempt attempt = attempts.lockById(attemptId).orElse(null);
        if (attempt == null || !attempt.isDueAt(now)) {
            return null; // decided meanwhile by another run
        }
        jdbc.queryForObject(
                "SELECT pg_advisory_xact_lock(hashtext(?))::text", String.class, "contact:" + attempt.customerId());
        CollectionCase c = attempt.caseId() == null
                ? null
                : cases.findById(attempt.caseId()).orElseThrow();
        Optional<String> doNotContact = c == null ? Optional.empty() : c.reasonNotToContact(attempt.isEscalation());
        if (doNotContact.isPresent()) {
            attempt.skip(doNotContact.get());
            return count(attempt);
        }
        ZoneId zone = zones.zoneOf(attempt.customerId());
        ContactWindow.Day day = rules.window().dayOf(now, zone);
        long sentToday = attempts.countSentBetween(attempt.customerId(), day.start(), day.end());
        switch (rules.decide(now, zone, sentToday)) {
            case ContactRules.Defer defer -> attempt.deferTo(defer.until(), defer.reason());
            case ContactRules.Send send -> send(attempt, c, now);
        }
        return count(attempt);
    }

    private void send(ContactAttempt attempt, CollectionCase c, Instant now) {
        ContactMessage message = new ContactMessage(
                attempt.id(),
                CustomerId.of(attempt.customerId()),
                attempt.caseId(),
                attempt.channel(),
                attempt.template(),
                c == null ? attempt.amount() : c.overdueAmount(),
                c == null ? attempt.dueDate() : c.oldestDueDate());
        try {
            channels.of(attempt.channel()).send(message);
            attempt.sent(now);
        } catch (RuntimeException e) {
            log.warn(
                    "contact attempt {} via {} failed, retried in {}: {}",
                    attempt.id(),
                    attempt.channel(),
                    retryAfterChannelFailure,
                    e.getClass().getSimpleName());
            attempt.deferTo(
                    now.plus(retryAfterChannelFailure),
                    "channel failed: " + e.getClass().getSimpleName());
        }
    }

    private AttemptStatus count(ContactAttempt attempt) {
        meters.counter(
                        "collections.contact.attempts",
                        "channel",
                        attempt.channel().name(),
                        "outcome",
                        attempt.status().name().toLowerCase())
                .increment();
        return attempt.status();
    }
}
