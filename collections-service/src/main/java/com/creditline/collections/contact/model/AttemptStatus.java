package com.creditline.collections.contact.model;

/** Where a contact attempt stands. */
public enum AttemptStatus {
    /** Waiting for the processing step to send it at or after its scheduled time. */
    SCHEDULED,
    /** Handed to its channel. */
    SENT,
    /** Not allowed when it was due (contact hours, daily cap, channel failure); tried again at its new time. */
    DEFERRED,
    /** Will not be sent (case closed, promise to pay open, superseded by a later step). */
    SKIPPED;

    public boolean isPending() {
        return this == SCHEDULED || this == DEFERRED;
    }
}
