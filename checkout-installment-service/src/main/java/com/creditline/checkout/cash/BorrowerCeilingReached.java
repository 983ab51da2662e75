package com.creditline.checkout.cash;

import com.creditline.common.error.RuleViolation;

/** The draw would take the customer past the 200,000 yuan ceiling per borrower across all products. */
class BorrowerCeilingReached extends RuleViolation {

    BorrowerCeilingReached() {
        super("The draw would take the customer past the 200,000 yuan ceiling per borrower across all products.");
    }
}
