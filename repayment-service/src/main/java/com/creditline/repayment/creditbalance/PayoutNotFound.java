package com.creditline.repayment.creditbalance;

import com.creditline.common.error.NotFound;

/** No payout has that id. */
class PayoutNotFound extends NotFound {

    PayoutNotFound() {
        super("No payout has that id.");
    }
}
