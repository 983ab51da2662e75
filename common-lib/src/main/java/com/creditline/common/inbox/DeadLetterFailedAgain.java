package com.creditline.common.inbox;

import com.creditline.common.error.Conflict;

/** A re-driven dead letter failed in its handler again; it stays, with the new error. */
public class DeadLetterFailedAgain extends Conflict {

    DeadLetterFailedAgain(long id) {
        super("Dead letter " + id + " failed again; it stays in the list with the new error.");
    }
}
