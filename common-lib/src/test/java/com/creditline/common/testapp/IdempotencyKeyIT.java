package com.creditline.common.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.security.Caller;
import com.creditline.common.test.TestHttp;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

@NotesApp
class IdempotencyKeyIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ResponseEntity<String> post(String path, String key, String caller, String body) {
        return TestHttp.as(port, Caller.client(caller, List.of("customers:write")))
                .post()
                .uri(path)
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .toEntity(String.class);
    }

    int notes(String noteId) {
        return jdbc.queryForObject("SELECT count(*) FROM note WHERE note_id = ?", Integer.class, noteId);
    }

    @Test
    void shouldHaveExactlyOneEffectWhenTheSameRequestIsRetriedTenTimes() {
        String key = UUID.randomUUID().toString();
        String note = "n-" + key;
        String body = "{\"noteId\":\"" + note + "\",\"customerKey\":\"c-1\"}";

        ResponseEntity<String> first = post("/api/v1/notes", key, "shop", body);
        for (int i = 0; i < 9; i++) {
            ResponseEntity<String> retry = post("/api/v1/notes", key, "shop", body);
            assertThat(retry.getStatusCode().value()).isEqualTo(201);
            assertThat(retry.getBody()).isEqualTo(first.getBody());
            assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        }

        assertThat(first.getStatusCode().value()).isEqualTo(201);
        assertThat(notes(note)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM outbox_event WHERE envelope->'payload'->>'noteId' = ?",
                        Integer.class,
                        note))
                .isEqualTo(1);
    }

    @Test
    void shouldRefuseTheSameKeyWithADifferentBodyWith422() {
        String key = UUID.randomUUID().toString();
        post("/api/v1/notes", key, "shop", "{\"noteId\":\"a-" + key + "\",\"customerKey\":\"c\"}");

        ResponseEntity<String> reused =
                post("/api/v1/notes", key, "shop", "{\"noteId\":\"b-" + key + "\",\"customerKey\":\"c\"}");

        assertThat(reused.getStatusCode().value()).isEqualTo(422);
        assertThat(reused.getBody()).contains("idempotency-key-reused");
        assertThat(notes("b-" + key)).isZero();
    }

    @Test
    void shouldScopeKeysToTheCaller() {
        String key = UUID.randomUUID().toString();
        post("/api/v1/notes", key, "partner-a", "{\"noteId\":\"pa-" + key + "\",\"customerKey\":\"c\"}");

        ResponseEntity<String> other =
                post("/api/v1/notes", key, "partner-b", "{\"noteId\":\"pb-" + key + "\",\"customerKey\":\"c\"}");

        assertThat(other.getStatusCode().value()).isEqualTo(201);
        assertThat(notes("pb-" + key)).isEqualTo(1);
    }

    @Test
    void shouldAnswer409WhileTheFirstRequestIsStillRunning() throws Exception {
        String key = UUID.randomUUID().toString();
        NoteController.release = new CountDownLatch(1);
        CompletableFuture<ResponseEntity<String>> first =
                CompletableFuture.supplyAsync(() -> post("/api/v1/slow-notes/s-" + key, key, "shop", ""));
        org.awaitility.Awaitility.await()
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM idempotency_key WHERE idempotency_key = ?", Integer.class, key)
                        == 1);

        ResponseEntity<String> second = post("/api/v1/slow-notes/s-" + key, key, "shop", "");
        NoteController.release.countDown();

        assertThat(second.getStatusCode().value()).isEqualTo(409);
        assertThat(first.get().getStatusCode().value()).isEqualTo(201);
        assertThat(notes("s-" + key)).isEqualTo(1);
    }

    @Test
    void shouldLetTheSameRequestTakeOverAKeyLeftInFlightByAReplicaThatDied() {
        String key = UUID.randomUUID().toString();
        String note = "d-" + key;
        String body = "{\"noteId\":\"" + note + "\",\"customerKey\":\"c-1\"}";
        post("/api/v1/notes", key, "shop", body);
        // As a replica killed mid-request leaves it: the key claimed, its transaction rolled back.
        jdbc.update("DELETE FROM note WHERE note_id = ?", note);
        jdbc.update(
                "UPDATE idempotency_key SET state = 'IN_FLIGHT', response_status = NULL, response_body = NULL,"
                        + " created_at = created_at - interval '2 minutes' WHERE idempotency_key = ?",
                key);

        ResponseEntity<String> retry = post("/api/v1/notes", key, "shop", body);
        ResponseEntity<String> again = post("/api/v1/notes", key, "shop", body);

        assertThat(retry.getStatusCode().value()).isEqualTo(201);
        assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isNull();
        assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(notes(note)).isEqualTo(1);
    }

    @Test
    void shouldNotLetADifferentRequestTakeOverAnAbandonedKey() {
        String key = UUID.randomUUID().toString();
        post("/api/v1/notes", key, "shop", "{\"noteId\":\"e-" + key + "\",\"customerKey\":\"c\"}");
        jdbc.update(
                "UPDATE idempotency_key SET state = 'IN_FLIGHT', created_at = created_at - interval '2 minutes'"
                        + " WHERE idempotency_key = ?",
                key);

        ResponseEntity<String> other =
                post("/api/v1/notes", key, "shop", "{\"noteId\":\"f-" + key + "\",\"customerKey\":\"c\"}");

        assertThat(other.getStatusCode().value()).isEqualTo(422);
        assertThat(notes("f-" + key)).isZero();
    }
}
