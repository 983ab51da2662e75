package com.creditline.common.outbox;

import com.creditline.common.event.EventEnvelope;
import com.creditline.common.event.EventTypes;
import com.creditline.common.event.IntegrationEvent;
import com.creditline.common.time.BusinessClock;
import com.creditline.common.web.CorrelationId;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records an event to publish, in the same transaction as the state change it reports: either both
 * are committed or neither is. The {@link OutboxRelay} sends it to Kafka afterwards.
 */
public class Outbox {

    private static final String INSERT =
            "INSERT INTO outbox_event (event_id, topic, message_key, event_type, envelope, created_at)"
                    + " VALUES (?, ?, ?, ?, ?::jsonb, ?)";

    /**
     * Rows per JDBC batch in {@link #appendAll}: large enough that round trips do not matter,
     * small enough that a batch of many events never holds all their envelopes in memory at once.
     */
    static final int BATCH_SIZE = 1000;

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final BusinessClock clock;

    public Outbox(JdbcTemplate jdbc, JsonMapper json, BusinessClock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** Adds the event to the outbox; it must run inside the transaction that changes the state. */
    @Transactional(propagation = Propagation.MANDATORY)
    public EventEnvelope append(String topic, IntegrationEvent event) {
        EventEnvelope envelope = envelope(event);
        jdbc.update(INSERT, row(topic, envelope));
        return envelope;
    }

    /**
     * Adds many events to the outbox, in their order, with the same envelope {@link #append} gives
     * each, written in JDBC batches rather than one statement per event (with the PostgreSQL
     * driver's {@code reWriteBatchedInserts=true}, as multi-row inserts). For set-based work that
     * publishes an event per row changed, such as end of day. It must run inside the transaction
     * that changes the state. Returns how many events were appended.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int appendAll(String topic, List<? extends IntegrationEvent> events) {
        if (events.isEmpty()) {
            return 0;
        }
        jdbc.batchUpdate(
                INSERT,
                events,
                BATCH_SIZE,
                (statement, event) ->
                        new ArgumentPreparedStatementSetter(row(topic, envelope(event))).setValues(statement));
        return events.size();
    }

    private EventEnvelope envelope(IntegrationEvent event) {
        return new EventEnvelope(
                UUID.randomUUID(),
                EventTypes.nameOf(event.getClass()),
                EventTypes.versionOf(event.getClass()),
                event.aggregateId(),
                event.customerKey(),
                clock.now(),
                CorrelationId.current() == null ? CorrelationId.create() : CorrelationId.current(),
                json.valueToTree(event),
                TraceParent.current());
    }

    /** The values of {@link #INSERT} for one envelope. */
    private Object[] row(String topic, EventEnvelope envelope) {
        return new Object[] {
            envelope.eventId(),
            topic,
            envelope.customerKey(),
            envelope.type(),
            json.writeValueAsString(envelope),
            Timestamp.from(envelope.occurredAt())
        };
    }
}
