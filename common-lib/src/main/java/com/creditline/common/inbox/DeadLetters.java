package com.creditline.common.inbox;

import com.creditline.common.time.BusinessClock;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

/**
 * Where a poison message goes after the inbox's bounded retries: to the topic's {@code .DLT}
 * topic, into the {@code dead_letter} table for ops to read, and onto the
 * {@code inbox.dead_letters} counter. The partition then moves on, so one bad message never
 * blocks a customer's later events for good.
 */
public class DeadLetters implements ConsumerRecordRecoverer {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final DeadLetterPublishingRecoverer publisher;
    private final JdbcTemplate jdbc;
    private final BusinessClock clock;
    private final MeterRegistry meters;

    public DeadLetters(
            DeadLetterPublishingRecoverer publisher, JdbcTemplate jdbc, BusinessClock clock, MeterRegistry meters) {
        this.publisher = publisher;
        this.jdbc = jdbc;
        this.clock = clock;
        this.meters = meters;
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, Exception failure) {
        String error = errorOf(failure);
        log.error(
                "dead-lettered a message from {}-{}@{} after retries: {}",
                record.topic(),
                record.partition(),
                record.offset(),
                error);
        publisher.accept(record, failure);
        jdbc.update(
                "INSERT INTO dead_letter (topic, partition_no, record_offset, message_key, payload, error, failed_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                record.topic(),
                record.partition(),
                record.offset(),
                record.key() == null ? null : String.valueOf(record.key()),
                record.value() == null ? null : String.valueOf(record.value()),
                error,
                Timestamp.from(clock.now()));
        meters.counter("inbox.dead_letters", "topic", record.topic()).increment();
    }

    /** What went wrong, as ops read it: the cause's kind and message, at most 2,000 characters. */
    static String errorOf(Exception failure) {
        Throwable cause = failure.getCause() == null ? failure : failure.getCause();
        String error = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return error.length() > 2000 ? error.substring(0, 2000) : error;
    }

    /** The latest dead letters, newest first, for ops. */
    public List<Map<String, Object>> latest(int limit) {
        return jdbc.queryForList(
                "SELECT id, topic, partition_no, record_offset, error, failed_at, payload FROM dead_letter"
                        + " ORDER BY id DESC LIMIT ?",
                limit);
    }
}
