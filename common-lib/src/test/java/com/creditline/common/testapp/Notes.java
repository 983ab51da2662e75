package com.creditline.common.testapp;

import com.creditline.common.outbox.Outbox;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Writes a note and its event in one transaction, the way a service changes state. */
@Component
public class Notes {

    private final JdbcTemplate jdbc;
    private final Outbox outbox;

    Notes(JdbcTemplate jdbc, Outbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    @Transactional
    public void write(String noteId, String customerKey, boolean failAfterwards) {
        jdbc.update("INSERT INTO note (note_id, customer_key) VALUES (?, ?)", noteId, customerKey);
        outbox.append(NoteWritten.TOPIC, new NoteWritten(noteId, customerKey));
        if (failAfterwards) {
            throw new IllegalStateException("the state change failed after the event was appended");
        }
    }
}
