package com.creditline.collections.cases.model;

import com.creditline.common.error.Conflict;

/** The case is closed or charged off: nothing can be promised on it any more. */
public class CaseNotOpen extends Conflict {

    CaseNotOpen() {
        super("The case is not open; a promise to pay needs an open case.");
    }
}
