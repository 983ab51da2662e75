package com.creditline.repayment.creditbalance;

import com.creditline.common.error.Conflict;

/** The payout reference was used before for another plan or amount. */
class PayoutReferenceReused extends Conflict {

    PayoutReferenceReused() {
        super("The payout reference was used before for another plan or amount.");
    }
}
