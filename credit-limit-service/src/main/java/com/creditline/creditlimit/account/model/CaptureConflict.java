package com.creditline.creditlimit.account.model;

import com.creditline.common.error.Conflict;

/** This capture id was already used for a different order or amount. */
public class CaptureConflict extends Conflict {

    CaptureConflict() {
        super("This capture id was already used for a different order or amount.");
    }
}
