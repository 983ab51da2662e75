package com.creditline.risk.application;

import com.creditline.common.error.Conflict;

/** The customer already has a line and a grade of record: only behaviour or a review moves it. */
class CustomerAlreadyGraded extends Conflict {

    CustomerAlreadyGraded() {
        super("This customer already has a credit line; their grade moves only with their repayment behaviour or an"
                + " officer's review, not by applying again.");
    }
}
