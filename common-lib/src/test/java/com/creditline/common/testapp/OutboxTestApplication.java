package com.creditline.common.testapp;

import com.creditline.common.inbox.EventHandler;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A minimal service for testing common-lib: it writes notes through the outbox and consumes its
 * own note events through the inbox, recording each one it receives.
 */
@SpringBootApplication
public class OutboxTestApplication {

    @Bean
    EventHandler<NoteWritten> noteReceiver(JdbcTemplate jdbc) {
        return EventHandler.on(
                NoteWritten.TOPIC,
                NoteWritten.class,
                (event, envelope) -> jdbc.update(
                        "INSERT INTO received_note (event_id, note_id) VALUES (?, ?)",
                        envelope.eventId(),
                        event.noteId()));
    }
}
