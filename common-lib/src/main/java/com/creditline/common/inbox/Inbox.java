package com.creditline.common.inbox;

import com.creditline.common.event.EventEnvelope;
import com.creditline.common.time.BusinessClock;
import com.creditline.common.web.CorrelationId;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hands each incoming event to its handler exactly once: the event id is recorded in the inbox
 * table in the handler's own transaction, and an id already recorded is skipped. Kafka delivers
 * at least once; the inbox turns that into one effect.
 */
public class Inbox {

    private static final Logger log = LoggerFactory.getLogger(Inbox.class);

    private final Map<String, EventHandler<?>> handlersByType;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final BusinessClock clock;
    private final MeterRegistry meters;

    public Inbox(
            List<EventHandler<?>> handlers,
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            JsonMapper json,
            BusinessClock clock,
            MeterRegistry meters) {
        this.handlersByType = handlers.stream()
                .collect(Collectors.toMap(EventHandler::eventType, Function.identity(), (a, b) -> {
                    throw new IllegalStateException("two handlers for event type " + a.eventType());
                }));
        this.jdbc = jdbc;
        this.transactions = transactions;
        // A tolerant reader: an event from a newer producer may carry fields this service does not know.
        this.json = json.rebuild()
                .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        this.clock = clock;
        this.meters = meters;
    }

    /** The topics the handlers listen to. */
    public String[] topics() {
        return handlersByType.values().stream()
                .map(EventHandler::topic)
                .distinct()
                .sorted()
                .toArray(String[]::new);
    }

    /** Parses a Kafka record's value and processes it; see {@link #process(EventEnvelope, String)}. */
    public Outcome receive(String topic, String value) {
        return process(json.readValue(value, EventEnvelope.class), topic);
    }

    public enum Outcome {
        PROCESSED,
        DUPLICATE,
        IGNORED
    }

    /** Runs the event's handler unless this event id was processed before. */
    public Outcome process(EventEnvelope envelope, String topic) {
        EventHandler<?> handler = handlersByType.get(envelope.type());
        if (handler == null || !handler.topic().equals(topic)) {
            return count(Outcome.IGNORED, envelope);
        }
        // Called from a request too (a dead letter's re-drive): that request's own id comes back after.
        String requestCorrelationId = MDC.get(CorrelationId.MDC_KEY);
        MDC.put(CorrelationId.MDC_KEY, envelope.correlationId());
        try {
            Outcome outcome = transactions.execute(status -> {
                int inserted = jdbc.update(
                        "INSERT INTO inbox_event (event_id, event_type, topic, processed_at) VALUES (?, ?, ?, ?)"
                                + " ON CONFLICT (event_id) DO NOTHING",
                        envelope.eventId(),
                        envelope.type(),
                        topic,
                        Timestamp.from(clock.now()));
                if (inserted == 0) {
                    return Outcome.DUPLICATE;
                }
                dispatch(handler, envelope);
                return Outcome.PROCESSED;
            });
            if (outcome == Outcome.DUPLICATE) {
                log.info("skipped event {} of type {}: processed before", envelope.eventId(), envelope.type());
            }
            return count(outcome, envelope);
        } finally {
            if (requestCorrelationId == null) {
                MDC.remove(CorrelationId.MDC_KEY);
            } else {
                MDC.put(CorrelationId.MDC_KEY, requestCorrelationId);
            }
        }
    }

    private <E> void dispatch(EventHandler<E> handler, EventEnvelope envelope) {
        E event = json.treeToValue(envelope.payload(), handler.eventClass());
        handler.handle(event, envelope);
    }

    private Outcome count(Outcome outcome, EventEnvelope envelope) {
        meters.counter(
                        "inbox.events",
                        "type",
                        envelope.type(),
                        "outcome",
                        outcome.name().toLowerCase())
                .increment();
        return outcome;
    }
}
