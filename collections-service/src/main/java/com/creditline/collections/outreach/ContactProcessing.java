package com.creditline.collections.outreach;

import com.creditline.collections.cases.PromiseTracking;
import com.creditline.collections.contact.ChannelRouting;
import com.creditline.collections.contact.ContactProperties;
import com.creditline.collections.contact.model.AttemptStatus;
import com.creditline.collections.contact.model.ContactMessage;
import com.creditline.collections.outreach.model.ContactDecider;
import com.creditline.collections.strategy.model.Channel;
import com.creditline.common.time.BusinessClock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The processing step: breaks lapsed promises (resuming their cases' escalation), then takes every
 * contact attempt due now and skips, defers or sends it. Each attempt is
 * decided and, if it is to be sent, claimed in one short transaction ({@link AttemptClaiming});
 * the channel is called with no transaction open and no lock held; what it answered is recorded in
 * a second short transaction ({@link OutcomeRecording}). A process that dies between the call and
 * the record leaves the attempt claimed until its lease ends, then it is sent again: delivery is at
 * least once, and the attempt id is the providers' idempotency key.
 */
@Service
public class ContactProcessing {

    private static final Logger log = LoggerFactory.getLogger(ContactProcessing.class);
    private static final int MAX_ROUNDS = 1_000;

    private final PromiseTracking promises;
    private final AttemptClaiming claiming;
    private final ChannelRouting channels;
    private final OutcomeRecording recording;
    private final BusinessClock clock;
    private final int batchSize;
    private final MeterRegistry meters;

    ContactProcessing(
            PromiseTracking promises,
            AttemptClaiming claiming,
            ChannelRouting channels,
            OutcomeRecording recording,
            BusinessClock clock,
            ContactProperties properties,
            ObjectProvider<MeterRegistry> meters) {
        this.promises = promises;
        this.claiming = claiming;
        this.channels = channels;
        this.recording = recording;
        this.clock = clock;
        this.batchSize = properties.processing().batchSize();
        this.meters = meters.getIfAvailable(SimpleMeterRegistry::new);
    }

    public RunReport run() {
        LocalDate businessDate = clock.businessDate();
        int broken = promises.breakLapsed(businessDate);
        Instant now = clock.now();
        Map<AttemptStatus, Integer> outcomes = new EnumMap<>(AttemptStatus.class);
        // Every attempt decided leaves the due set (sent, skipped, deferred past now, or claimed).
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<UUID> due = claiming.due(now, batchSize);
            for (UUID attemptId : due) {
                process(attemptId, now).ifPresent(outcome -> outcomes.merge(outcome, 1, Integer::sum));
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

    private Optional<AttemptStatus> process(UUID attemptId, Instant now) {
        return claiming.claim(attemptId, now)
                .flatMap(claim -> carryOut(claim.decision(), now).map(outcome -> count(claim.channel(), outcome)));
    }

    private Optional<AttemptStatus> carryOut(ContactDecider.Decision decision, Instant now) {
        return switch (decision) {
            case ContactDecider.NotDue notDue -> Optional.empty();
            case ContactDecider.Skip skip -> Optional.of(AttemptStatus.SKIPPED);
            case ContactDecider.Defer defer -> Optional.of(AttemptStatus.DEFERRED);
            case ContactDecider.Send send -> send(send.message(), now);
        };
    }

    /** Runs with no transaction open: a slow channel holds no row, lock or connection. */
    private Optional<AttemptStatus> send(ContactMessage message, Instant now) {
        try {
            channels.of(message.channel()).send(message);
        } catch (RuntimeException e) {
            log.warn(
                    "contact attempt {} via {} failed, retried in {}: {}",
                    message.attemptId(),
                    message.channel(),
                    recording.retryAfterChannelFailure(),
                    e.getClass().getSimpleName());
            return recording.failed(message.attemptId(), now, e);
        }
        return recording.sent(message.attemptId(), now);
    }

    private AttemptStatus count(Channel channel, AttemptStatus outcome) {
        meters.counter(
                        "collections.contact.attempts",
                        "channel",
                        channel.name(),
                        "outcome",
                        outcome.name().toLowerCase())
                .increment();
        return outcome;
    }
}
