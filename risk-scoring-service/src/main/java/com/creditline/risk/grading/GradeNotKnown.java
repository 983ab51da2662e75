package com.creditline.risk.grading;

import com.creditline.common.error.NotFound;

/** The customer has no grade of record: no application of theirs was approved. */
class GradeNotKnown extends NotFound {

    GradeNotKnown() {
        super("This customer has no grade: no application of theirs was approved.");
    }
}
