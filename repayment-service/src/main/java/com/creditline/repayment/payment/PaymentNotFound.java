package com.creditline.repayment.payment;

import com.creditline.common.error.NotFound;

/** No payment has this id. */
class PaymentNotFound extends NotFound {

    PaymentNotFound() {
        super("No payment has this id.");
    }
}
