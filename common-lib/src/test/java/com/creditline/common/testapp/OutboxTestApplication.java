package com.creditline.common.testapp;

import com.creditline.common.inbox.EventHandler;
import com.creditline.common.outbox.TraceParent;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A minimal service for testing common-lib: it writes notes through the outbox and consumes its
 * own note events through the inbox, recording each one it receives and the trace it ran in.
 */
@SpringBootApplication
public class OutboxTestApplication {

    @Bean
    EventHandler<NoteWritten> noteReceiver(JdbcTemplate jdbc) {
        return EventHandler.on(
                NoteWritten.TOPIC,
                NoteWritten.class,
                (event, envelope) -> jdbc.update(
                        "INSERT INTO received_note (event_id, note_id, trace_parent) VALUES (?, ?, ?)",
                        envelope.eventId(),
                        event.noteId(),
                        TraceParent.current()));
    }

    /** The spans the app ends, for OutboxTraceIT (Boot adds every SpanExporter bean to its processor). */
    @Bean
    FinishedSpans finishedSpans() {
        return new FinishedSpans();
    }
}
