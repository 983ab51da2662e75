package com.creditline.creditlimit.account.model;

import com.creditline.common.error.Conflict;

/** This order already holds a different amount or for another purpose, or belongs to another customer. */
public class HoldConflict extends Conflict {

    HoldConflict() {
        super("This order already holds a different amount or for another purpose, or belongs to another customer.");
    }
}
