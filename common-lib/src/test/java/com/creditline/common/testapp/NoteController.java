package com.creditline.common.testapp;

import com.creditline.common.security.Access;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A POST with an effect, for the idempotency tests: each call writes one note. */
@RestController
public class NoteController {

    /** Holds the "slow" note until a test lets it go. */
    public static volatile CountDownLatch release = new CountDownLatch(0);

    private final Notes notes;
    private final JdbcTemplate jdbc;

    NoteController(Notes notes, JdbcTemplate jdbc) {
        this.notes = notes;
        this.jdbc = jdbc;
    }

    public record WriteNote(String noteId, String customerKey) {}

    @PostMapping("/api/v1/notes")
    @PreAuthorize(Access.CUSTOMER_WRITE)
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> write(@RequestBody WriteNote request) {
        notes.write(request.noteId(), request.customerKey(), false);
        return Map.of("noteId", request.noteId(), "notesSoFar", count());
    }

    @PostMapping("/api/v1/slow-notes/{noteId}")
    @PreAuthorize(Access.CUSTOMER_WRITE)
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> writeSlowly(@PathVariable String noteId) throws InterruptedException {
        release.await(30, TimeUnit.SECONDS);
        notes.write(noteId, "slow", false);
        return Map.of("noteId", noteId);
    }

    private int count() {
        return jdbc.queryForObject("SELECT count(*) FROM note", Integer.class);
    }
}
