package com.creditline.repayment.payment;

import com.creditline.common.error.Conflict;

/** The payment reference was used before for a different plan or amount. */
class PaymentReferenceReused extends Conflict {

    PaymentReferenceReused() {
        super("This payment reference was used for a different payment; use a new reference.");
    }
}
