package com.creditline.risk.application;

import com.creditline.common.error.NotFound;

/** A review needs a customer with a line: no application of this customer was approved. */
class NothingToReview extends NotFound {

    NothingToReview() {
        super("No application of this customer was approved: there is no grade to review.");
    }
}
