package com.creditline.common.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.security.Caller;
import com.creditline.common.test.TestCallers;
import com.creditline.common.test.TestHttp;
import com.jayway.jsonpath.JsonPath;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Re-driving a dead letter on the real database and inbox: an admin with a reason hands the stored
 * message to its handler again; on success the dead letter goes and the event is applied once (a
 * second re-drive finds nothing); when the handler fails again the dead letter stays with the new
 * error; any staff member lists them, only an admin re-drives.
 */
@NotesApp
class DeadLetterRedriveIT {

    static final Caller ADMIN = TestCallers.staff("alice", "ADMIN");
    static final Caller VIEWER = TestCallers.staff("vera", "VIEWER");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldHandTheStoredEventToItsHandlerAgainAndRemoveTheDeadLetter() {
        String eventId = UUID.randomUUID().toString();
        String noteId = "redriven-" + eventId;
        long id = deadLetter(envelope(eventId, "\"noteId\":\"" + noteId + "\",\"customerKey\":\"c-r\""));
        assertThat(list(VIEWER).getBody()).contains("\"id\":" + id);

        ResponseEntity<String> redriven = redrive(ADMIN, id, "handler fixed");

        assertThat(redriven.getStatusCode().value()).as(redriven.getBody()).isEqualTo(200);
        assertThat(JsonPath.<Integer>read(redriven.getBody(), "$.id")).isEqualTo((int) id);
        assertThat(JsonPath.<String>read(redriven.getBody(), "$.topic")).isEqualTo(NoteWritten.TOPIC);
        assertThat(JsonPath.<String>read(redriven.getBody(), "$.outcome")).isEqualTo("PROCESSED");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM received_note WHERE note_id = ?", Integer.class, noteId))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM dead_letter WHERE id = ?", Integer.class, id))
                .isZero();
        ResponseEntity<String> again = redrive(ADMIN, id, "once more");
        assertThat(again.getStatusCode().value()).isEqualTo(404);
        assertThat(JsonPath.<String>read(again.getBody(), "$.type"))
                .isEqualTo("https://problems.creditline.dev/dead-letter-not-found");
    }

    @Test
    void shouldKeepTheDeadLetterWithTheNewErrorWhenItFailsAgain() {
        String eventId = UUID.randomUUID().toString();
        // No note id: the handler's insert fails every time.
        long id = deadLetter(envelope(eventId, "\"customerKey\":\"c-r\""));

        ResponseEntity<String> failed = redrive(ADMIN, id, "try again");

        assertThat(failed.getStatusCode().value()).as(failed.getBody()).isEqualTo(409);
        assertThat(JsonPath.<String>read(failed.getBody(), "$.type"))
                .isEqualTo("https://problems.creditline.dev/dead-letter-failed-again");
        assertThat(JsonPath.<String>read(failed.getBody(), "$.detail"))
                .isEqualTo("Dead letter " + id + " failed again; it stays in the list with the new error.");
        assertThat(jdbc.queryForObject("SELECT error FROM dead_letter WHERE id = ?", String.class, id))
                .isNotEqualTo("the first failure")
                .contains("note_id");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM inbox_event WHERE event_id = ?::uuid", Integer.class, eventId))
                .isZero();
    }

    @Test
    void shouldLeaveTheReDriveToAnAdminWhoSaysWhy() {
        long id = deadLetter(envelope(UUID.randomUUID().toString(), "\"customerKey\":\"c-r\""));

        assertThat(redrive(VIEWER, id, "curious").getStatusCode().value()).isEqualTo(403);
        ResponseEntity<String> noReason = redrive(ADMIN, id, null);
        assertThat(noReason.getStatusCode().value()).isEqualTo(400);
        assertThat(JsonPath.<String>read(noReason.getBody(), "$.type"))
                .isEqualTo("https://problems.creditline.dev/invalid-request");
        assertThat(jdbc.queryForObject("SELECT error FROM dead_letter WHERE id = ?", String.class, id))
                .isEqualTo("the first failure");
        assertThat(redrive(ADMIN, 0, "unknown").getStatusCode().value()).isEqualTo(404);
    }

    private static String envelope(String eventId, String payload) {
        return """
                {"eventId":"%s","type":"NoteWritten","schemaVersion":1,"aggregateId":"x","customerKey":"c-r",
                 "occurredAt":"2026-11-22T00:00:00Z","correlationId":"redrive-test-0001","payload":{%s}}""".formatted(eventId, payload);
    }

    private long deadLetter(String payload) {
        return jdbc.queryForObject(
                "INSERT INTO dead_letter (topic, partition_no, record_offset, message_key, payload, error, failed_at)"
                        + " VALUES (?, 0, ?, 'c-r', ?, 'the first failure', ?) RETURNING id",
                Long.class,
                NoteWritten.TOPIC,
                -ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE),
                payload,
                Timestamp.from(Instant.now()));
    }

    private ResponseEntity<String> list(Caller caller) {
        return TestHttp.as(port, caller)
                .get()
                .uri("/api/v1/admin/dead-letters?limit=500")
                .retrieve()
                .toEntity(String.class);
    }

    private ResponseEntity<String> redrive(Caller caller, long id, String reason) {
        return TestHttp.as(port, caller)
                .post()
                .uri("/api/v1/admin/dead-letters/{id}/redrive", id)
                .headers(h -> {
                    if (reason != null) {
                        h.set("Audit-Reason", reason);
                    }
                })
                .retrieve()
                .toEntity(String.class);
    }
}
