package com.creditline.repayment.funding;

import com.creditline.common.error.Conflict;

/** A funder's id is its name for good: registering it twice is refused, never an overwrite. */
class FunderAlreadyRegistered extends Conflict {

    FunderAlreadyRegistered(String funderId) {
        super("A funder with the id '" + funderId + "' is registered already; change its terms instead.");
    }
}
