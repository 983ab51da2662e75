package com.creditline.common.outbox;

import com.creditline.common.event.EventEnvelope;
import com.creditline.common.event.EventTypes;
import com.creditline.common.event.IntegrationEvent;
import com.creditline.common.time.BusinessClock;
import com.creditline.common.web.CorrelationId;
import java.sql.Timestamp;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records an event to publish, in the same transaction as the state change it reports: either both
 * are committed or neither is. The {@link OutboxRelay} sends it to Kafka afterwards.
 */
public class Outbox {

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
        EventEnvelope envelope = new EventEnvelope(
                UUID.randomUUID(),
                EventTypes.nameOf(event.getClass()),
                EventTypes.versionOf(event.getClass()),
                event.aggregateId(),
                event.customerKey(),
                clock.now(),
                CorrelationId.current() == null ? CorrelationId.create() : CorrelationId.current(),
                json.valueToTree(event));
        jdbc.update(
                "INSERT INTO outbox_event (event_id, topic, message_key, event_type, envelope, created_at)"
                        + " VALUES (?, ?, ?, ?, ?::jsonb, ?)",
                envelope.eventId(),
                topic,
                envelope.customerKey(),
                envelope.type(),
                json.writeValueAsString(envelope),
                Timestamp.from(envelope.occurredAt()));
        return envelope;
    }
}
