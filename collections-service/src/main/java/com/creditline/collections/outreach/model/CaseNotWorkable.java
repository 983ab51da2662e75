package com.creditline.collections.outreach.model;

import com.creditline.common.error.Conflict;

/** The case is closed or charged off: it is no longer in the agents' work queue. */
public class CaseNotWorkable extends Conflict {

    public CaseNotWorkable() {
        super("The case is not open; only open cases are claimed, assigned and called about.");
    }
}
