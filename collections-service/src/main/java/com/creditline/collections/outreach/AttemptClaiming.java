package com.creditline.collections.outreach;

import com.creditline.collections.cases.CollectionCases;
import com.creditline.collections.cases.model.CollectionCase;
import com.creditline.collections.contact.ContactAttempts;
import com.creditline.collections.contact.ContactProperties;
import com.creditline.collections.contact.CustomerZoneLookup;
import com.creditline.collections.contact.model.ContactAttempt;
import com.creditline.collections.contact.model.ContactRules;
import com.creditline.collections.contact.model.ContactWindow;
import com.creditline.collections.outreach.model.ContactDecider;
import com.creditline.collections.strategy.model.Channel;
import com.creditline.common.id.CustomerId;
import com.creditline.common.time.BusinessClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first of the processing step's two short transactions for an attempt: with the attempt row
 * locked, and a customer's attempts decided one at a time (a PostgreSQL advisory lock), it decides
 * the attempt ({@link ContactDecider}) and records a skip or a deferral, or claims the attempt for
 * sending. The claim commits before the channel is called, and counts against the customer's daily
 * cap until the outcome is recorded, so two runs neither send an attempt twice nor pass the cap.
 *
 * <p>Claims are timed by the business clock's instant, not the contact clock: a business date
 * moved ahead must not end a claim while its channel is still answering.
 */
@Component
class AttemptClaiming {

    /** A decided attempt: on which channel, and what became of it. */
    record Claim(Channel channel, ContactDecider.Decision decision) {}

    private final ContactAttempts attempts;
    private final CollectionCases cases;
    private final CustomerZoneLookup zones;
    private final ContactDecider decider;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final BusinessClock clock;
    private final Duration lease;

    AttemptClaiming(
            ContactAttempts attempts,
            CollectionCases cases,
            CustomerZoneLookup zones,
            ContactRules rules,
            TransactionTemplate transactions,
            JdbcTemplate jdbc,
            BusinessClock clock,
            ContactProperties properties) {
        this.attempts = attempts;
        this.cases = cases;
        this.zones = zones;
        this.decider = new ContactDecider(rules);
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.clock = clock;
        this.lease = properties.processing().claimLease();
    }

    /** Up to {@code limit} attempts due at {@code now} that no run holds a claim on. */
    List<UUID> due(Instant now, int limit) {
        return attempts.findDue(now, clock.now(), limit);
    }

    /** Decides the attempt at {@code now}; empty if it is no longer due or another run holds it. */
    Optional<Claim> claim(UUID attemptId, Instant now) {
        return Optional.ofNullable(transactions.execute(status -> decide(attemptId, now)));
    }

    private Claim decide(UUID attemptId, Instant now) {
        Instant claimsAt = clock.now();
        ContactAttempt attempt = attempts.lockById(attemptId).orElse(null);
        if (attempt == null || attempt.isClaimedAt(claimsAt)) {
            return null;
        }
        CustomerId customerId = attempt.customerId();
        jdbc.queryForObject(
                "SELECT pg_advisory_xact_lock(hashtext(?))::text", String.class, "contact:" + customerId.value());
        Optional<CollectionCase> caseOfAttempt = Optional.ofNullable(attempt.caseId())
                .map(id -> cases.findById(id).orElseThrow());
        ZoneId zone = zones.zoneOf(customerId);
        ContactWindow.Day day = decider.dayOf(now, zone);
        long contactsToday = attempts.countSentBetween(customerId, day.start(), day.end())
                + attempts.countBeingSent(customerId, claimsAt);
        boolean customerChargedOff = caseOfAttempt.isEmpty() && cases.isChargedOff(customerId);
        ContactDecider.Decision decision = decider.decide(
                attempt, new ContactDecider.Circumstances(caseOfAttempt, zone, contactsToday, customerChargedOff), now);
        switch (decision) {
            case ContactDecider.NotDue notDue -> {
                return null;
            }
            case ContactDecider.Skip skip -> attempt.skip(skip.reason());
            case ContactDecider.Defer defer -> attempt.deferTo(defer.until(), defer.reason());
            case ContactDecider.Send send -> attempt.claimUntil(claimsAt.plus(lease));
        }
        return new Claim(attempt.channel(), decision);
    }
}
