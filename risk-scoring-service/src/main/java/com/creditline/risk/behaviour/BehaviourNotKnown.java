package com.creditline.risk.behaviour;

import com.creditline.common.error.NotFound;

/** No event has told risk-scoring anything of this customer yet. */
class BehaviourNotKnown extends NotFound {

    BehaviourNotKnown() {
        super("Nothing is known yet of this customer's behaviour.");
    }
}
