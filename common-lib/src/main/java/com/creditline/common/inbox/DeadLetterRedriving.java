package com.creditline.common.inbox;

import com.creditline.common.time.BusinessClock;
import java.sql.Timestamp;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hands a dead letter's stored message to the inbox again, once ops have fixed what made it fail.
 * On success the dead letter is removed (the inbox has recorded the event, so a second re-drive or
 * a late duplicate from Kafka changes nothing); when it fails again, it stays with the new error.
 */
public class DeadLetterRedriving {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterRedriving.class);

    /** What a re-drive did: the inbox's outcome (an event processed before counts as done). */
    public record Redriven(long id, String topic, Inbox.Outcome outcome) {}

    private final Inbox inbox;
    private final JdbcTemplate jdbc;
    private final BusinessClock clock;

    public DeadLetterRedriving(Inbox inbox, JdbcTemplate jdbc, BusinessClock clock) {
        this.inbox = inbox;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Redriven redrive(long id, String actor, String reason) {
        Map<String, Object> letter =
                jdbc.queryForList("SELECT topic, payload FROM dead_letter WHERE id = ?", id).stream()
                        .findFirst()
                        .orElseThrow(() -> new DeadLetterNotFound(id));
        String topic = (String) letter.get("topic");
        String payload = (String) letter.get("payload");
        Inbox.Outcome outcome;
        try {
            if (payload == null) {
                throw new IllegalStateException("the dead letter kept no message to hand over");
            }
            outcome = inbox.receive(topic, payload);
        } catch (RuntimeException failure) {
            String error = DeadLetters.errorOf(failure);
            jdbc.update(
                    "UPDATE dead_letter SET error = ?, failed_at = ? WHERE id = ?",
                    error,
                    Timestamp.from(clock.now()),
                    id);
            log.warn("dead letter {} re-driven by {} ({}) failed again: {}", id, actor, reason, error);
            throw new DeadLetterFailedAgain(id);
        }
        jdbc.update("DELETE FROM dead_letter WHERE id = ?", id);
        log.info("dead letter {} from {} re-driven by {} ({}): {}", id, topic, actor, reason, outcome);
        return new Redriven(id, topic, outcome);
    }
}
