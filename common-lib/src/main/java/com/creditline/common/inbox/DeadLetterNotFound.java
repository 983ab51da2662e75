package com.creditline.common.inbox;

import com.creditline.common.error.NotFound;

/** No dead letter has this id (it may have been re-driven already). */
public class DeadLetterNotFound extends NotFound {

    DeadLetterNotFound(long id) {
        super("There is no dead letter " + id + " (it may have been re-driven already).");
    }
}
