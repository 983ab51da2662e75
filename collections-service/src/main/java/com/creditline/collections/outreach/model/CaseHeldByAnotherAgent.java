package com.creditline.collections.outreach.model;

import com.creditline.common.error.Conflict;

/** Another agent holds the case: only they (or an admin) work it, until it is released or reassigned. */
public class CaseHeldByAnotherAgent extends Conflict {

    CaseHeldByAnotherAgent() {
        super("Another agent holds the case; an admin can reassign it, or its holder release it.");
    }
}
