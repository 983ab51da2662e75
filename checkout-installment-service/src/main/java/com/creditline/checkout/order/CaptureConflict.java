package com.creditline.checkout.order;

import com.creditline.common.error.Conflict;

/** This capture id was already used for another order or amount. */
public class CaptureConflict extends Conflict {

    CaptureConflict() {
        super("This capture id was already used for another order or amount.");
    }
}
