package com.creditline.common.testapp;

import com.creditline.common.event.IntegrationEvent;

/** The test application's event. */
public record NoteWritten(String noteId, String customerKey) implements IntegrationEvent {

    public static final String TOPIC = "testapp.notes";

    @Override
    public String aggregateId() {
        return noteId;
    }
}
