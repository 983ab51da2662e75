package com.creditline.creditlimit.account.model;

import com.creditline.common.error.Conflict;

/** This order already holds a different amount, or belongs to another customer. */
public class HoldConflict extends Conflict {

    HoldConflict() {
        super("This order already holds a different amount, or belongs to another customer.");
    }
}
