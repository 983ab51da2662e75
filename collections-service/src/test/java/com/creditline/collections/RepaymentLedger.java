package com.creditline.collections;

import com.creditline.common.event.EventEnvelope;
import com.creditline.common.event.IntegrationEvent;
import com.creditline.common.outbox.Outbox;
import com.creditline.events.repayment.RepaymentTopics;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stands in for repayment-service in tests: appends its ledger events to this service's outbox in a
 * transaction, so the relay sends them through the real Kafka broker and the inbox consumes them as
 * it would the real publisher's.
 */
@Component
public class RepaymentLedger {

    private final Outbox outbox;
    private final JdbcTemplate jdbc;

    RepaymentLedger(Outbox outbox, JdbcTemplate jdbc) {
        this.outbox = outbox;
        this.jdbc = jdbc;
    }

    @Transactional
    public EventEnvelope publish(IntegrationEvent event) {
        return outbox.append(RepaymentTopics.LEDGER, event);
    }

    /**
     * Sends an event published before once more, the same envelope (same event id), as Kafka's
     * at-least-once delivery may: the relay takes it again as if it had never been acknowledged.
     */
    public void redeliver(EventEnvelope envelope) {
        jdbc.update("UPDATE outbox_event SET sent_at = NULL WHERE event_id = ?", envelope.eventId());
    }

    /** Whether the event was sent to the broker (again, after {@link #redeliver}). */
    public boolean sent(EventEnvelope envelope) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT sent_at IS NOT NULL FROM outbox_event WHERE event_id = ?", Boolean.class, envelope.eventId()));
    }

    /** Whether this service's inbox has processed the event (committed with its handler's effects). */
    public boolean processed(EventEnvelope envelope) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM inbox_event WHERE event_id = ?)", Boolean.class, envelope.eventId()));
    }
}
