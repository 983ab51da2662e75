package com.creditline.checkout.order;

import com.creditline.common.error.Conflict;

/** A capture with this id is still being processed; retry shortly. */
public class CaptureInProgress extends Conflict {

    CaptureInProgress() {
        super("A capture with this id is still being processed; retry shortly.");
    }
}
