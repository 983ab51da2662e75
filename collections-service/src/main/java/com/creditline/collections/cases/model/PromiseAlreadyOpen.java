package com.creditline.collections.cases.model;

import com.creditline.common.error.Conflict;

/** A promise to pay is already open on the case. */
public class PromiseAlreadyOpen extends Conflict {

    PromiseAlreadyOpen() {
        super("The case already has an open promise to pay; it must be kept or broken first.");
    }
}
