package com.creditline.common.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes outbox rows to Kafka in the order they were written, keyed by customer, and marks them
 * sent once Kafka has acknowledged them. One replica of a service relays at a time: each batch first
 * takes a transaction-level advisory lock named after the service's schema, and a replica that
 * finds it taken leaves the round to the one holding it. Side by side, one replica could send a
 * customer's later event (a refund) while another still held the earlier one (the capture that
 * opened the plan), and the consumer would see them out of order. When Kafka is down nothing is lost: the rows stay
 * unsent, the relay backs off and tries again, and a restart picks up where it stopped. A row may
 * be sent twice (sent, then the process dies before marking it); consumers skip it by event id.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final KafkaTemplate<String, String> kafka;
    private final OutboxProperties properties;
    private final Counter published;
    private final Counter failures;
    private ScheduledExecutorService scheduler;

    public OutboxRelay(
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            KafkaTemplate<String, String> kafka,
            OutboxProperties properties,
            MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.kafka = kafka;
        this.properties = properties;
        this.published = meters.counter("outbox.events.published");
        this.failures = meters.counter("outbox.relay.failures");
        meters.gauge("outbox.events.pending", this, OutboxRelay::pendingCount);
    }

    private record Pending(
            long position, UUID eventId, String topic, String key, String envelope, String traceParent) {}

    /** This schema's relay turn, held until the batch's transaction ends; false while another has it. */
    static final String TAKE_TURN =
            "SELECT pg_try_advisory_xact_lock(hashtext('creditline.outbox-relay.' || current_schema()))";

    /** Sends one batch of unsent events; returns how many were sent (0 while another replica relays). */
    public int relayBatch() {
        Integer sent = transactions.execute(status -> {
            if (!Boolean.TRUE.equals(jdbc.queryForObject(TAKE_TURN, Boolean.class))) {
                return 0;
            }
            List<Pending> batch = jdbc.query(
                    "SELECT position, event_id, topic, message_key, envelope::text, envelope->>'traceParent'"
                            + " FROM outbox_event"
                            + " WHERE sent_at IS NULL ORDER BY position LIMIT ? FOR UPDATE",
                    (rs, i) -> new Pending(
                            rs.getLong(1),
                            rs.getObject(2, UUID.class),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6)),
                    properties.batchSize());
            if (batch.isEmpty()) {
                return 0;
            }
            List<UUID> acknowledged = send(batch);
            markSent(acknowledged);
            return acknowledged.size();
        });
        return sent == null ? 0 : sent;
    }

    private List<UUID> send(List<Pending> batch) {
        List<CompletableFuture<?>> futures = new ArrayList<>(batch.size());
        for (Pending p : batch) {
            ProducerRecord<String, String> record = new ProducerRecord<>(p.topic(), p.key(), p.envelope());
            record.headers().add("eventId", p.eventId().toString().getBytes(StandardCharsets.UTF_8));
            if (p.traceParent() != null) {
                record.headers().add(TraceParent.HEADER, p.traceParent().getBytes(StandardCharsets.UTF_8));
            }
            // Sent in the writer's trace, not the relay's: with the template's observation on, the
            // producer span is a child of the writer's span and its context replaces the header.
            try (TraceParent.Resumed writer = TraceParent.resume(p.traceParent())) {
                futures.add(sendQuietly(record));
            }
        }
        List<UUID> acknowledged = new ArrayList<>(batch.size());
        long deadline = System.nanoTime() + properties.sendTimeout().toNanos();
        for (int i = 0; i < batch.size(); i++) {
            Pending p = batch.get(i);
            try {
                futures.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                acknowledged.add(p.eventId());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception e) {
                // Keep the order: nothing after the first failure is marked sent in this round.
                recordFailure(batch.subList(i, batch.size()), e);
                break;
            }
        }
        return acknowledged;
    }

    /** A send that fails at once (no metadata while Kafka is down) fails its future instead. */
    private CompletableFuture<?> sendQuietly(ProducerRecord<String, String> record) {
        try {
            return kafka.send(record);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private void markSent(List<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return;
        }
        jdbc.update(
                "UPDATE outbox_event SET sent_at = now(), attempts = attempts + 1, last_error = NULL"
                        + " WHERE event_id = ANY (?)",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("uuid", eventIds.toArray())));
        published.increment(eventIds.size());
    }

    private void recordFailure(List<Pending> unsent, Exception e) {
        failures.increment();
        String reason = rootCause(e);
        log.warn("outbox relay could not publish {} event(s), will retry: {}", unsent.size(), reason);
        Object[] ids = unsent.stream().map(Pending::eventId).toArray();
        jdbc.update("UPDATE outbox_event SET attempts = attempts + 1, last_error = ? WHERE event_id = ANY (?)", ps -> {
            ps.setString(1, reason);
            ps.setArray(2, ps.getConnection().createArrayOf("uuid", ids));
        });
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String text = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    /** Unsent events: a number that should stay near zero while Kafka is up. */
    public long pendingCount() {
        try {
            Long count = jdbc.queryForObject("SELECT count(*) FROM outbox_event WHERE sent_at IS NULL", Long.class);
            return count == null ? 0 : count;
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** Deletes sent rows older than the retention; returns how many. */
    public int purgeSent() {
        return jdbc.update(
                "DELETE FROM outbox_event WHERE sent_at < now() - make_interval(secs => ?)",
                properties.keepSent().toSeconds());
    }

    private void loop() {
        Duration next = properties.pollInterval();
        try {
            int sent;
            do {
                sent = relayBatch();
            } while (sent == properties.batchSize() && isRunning());
        } catch (RuntimeException e) {
            next = properties.backoffWhenKafkaDown();
            log.warn("outbox relay round failed, backing off {}: {}", next, rootCause(e));
        }
        schedule(next);
    }

    private synchronized void schedule(Duration delay) {
        if (scheduler != null && !scheduler.isShutdown()) {
            scheduler.schedule(this::loop, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "outbox-relay");
            t.setDaemon(true);
            return t;
        });
        schedule(properties.pollInterval());
        log.info("outbox relay started");
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    /** Stop before the Kafka producer and the datasource are closed. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }
}
