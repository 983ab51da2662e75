package com.creditline.common.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;

@OutboxApp
class OutboxAndInboxIT {

    @Autowired
    Notes notes;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    MeterRegistry meters;

    @Test
    void shouldDeliverAnEventThroughOutboxKafkaAndInboxExactlyOnceEvenWhenDeliveredTwice() throws Exception {
        String noteId = "note-" + UUID.randomUUID();
        notes.write(noteId, "customer-1", false);

        await().atMost(Duration.ofSeconds(30)).until(() -> receivedCount(noteId) == 1);
        String envelope = jdbc.queryForObject(
                "SELECT envelope::text FROM outbox_event WHERE envelope->'payload'->>'noteId' = ?",
                String.class,
                noteId);
        assertThat(jdbc.queryForObject(
                        "SELECT sent_at IS NOT NULL FROM outbox_event WHERE envelope->'payload'->>'noteId' = ?",
                        Boolean.class,
                        noteId))
                .isTrue();

        double duplicatesBefore = duplicates();
        kafka.send(NoteWritten.TOPIC, "customer-1", envelope).get();

        await().atMost(Duration.ofSeconds(30)).until(() -> duplicates() > duplicatesBefore);
        assertThat(receivedCount(noteId)).isEqualTo(1);
    }

    @Test
    void shouldWriteNoEventWhenTheStateChangeRollsBack() {
        String noteId = "note-" + UUID.randomUUID();

        assertThatThrownBy(() -> notes.write(noteId, "customer-2", true)).isInstanceOf(IllegalStateException.class);

        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM outbox_event WHERE envelope->'payload'->>'noteId' = ?",
                        Integer.class,
                        noteId))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM note WHERE note_id = ?", Integer.class, noteId))
                .isZero();
    }

    @Test
    void shouldDeadLetterAPoisonMessageAfterBoundedRetriesWithoutBlockingTheNextOne() throws Exception {
        String poisonKey = "customer-poison";
        // Not even JSON: dead-lettered at once. Then an event whose handler fails every time (no note id).
        kafka.send(NoteWritten.TOPIC, poisonKey, "{this is not an envelope").get();
        String badPayload = jdbc.queryForObject("SELECT gen_random_uuid()::text", String.class);
        kafka.send(NoteWritten.TOPIC, poisonKey, """
                {"eventId":"%s","type":"NoteWritten","schemaVersion":1,"aggregateId":"x","customerKey":"%s",
                 "occurredAt":"2026-11-22T00:00:00Z","correlationId":"poison-test-0001","payload":{"customerKey":"%s"}}""".formatted(badPayload, poisonKey, poisonKey))
                .get();
        String goodNote = "note-" + UUID.randomUUID();
        notes.write(goodNote, poisonKey, false);

        await().atMost(Duration.ofSeconds(60)).until(() -> receivedCount(goodNote) == 1);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM dead_letter WHERE message_key = ?", Integer.class, poisonKey)
                        == 2);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM inbox_event WHERE event_id = ?::uuid", Integer.class, badPayload))
                .isZero();
        assertThat(meters.find("inbox.failed_deliveries")
                        .tag("topic", NoteWritten.TOPIC)
                        .counter()
                        .count())
                .as("each failed attempt of the handler counted while the message waited")
                .isGreaterThanOrEqualTo(3);
    }

    private int receivedCount(String noteId) {
        return jdbc.queryForObject("SELECT count(*) FROM received_note WHERE note_id = ?", Integer.class, noteId);
    }

    private double duplicates() {
        var counter = meters.find("inbox.events")
                .tag("type", "NoteWritten")
                .tag("outcome", "duplicate")
                .counter();
        return counter == null ? 0 : counter.count();
    }
}
