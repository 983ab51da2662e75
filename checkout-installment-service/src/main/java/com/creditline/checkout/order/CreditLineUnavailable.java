package com.creditline.checkout.order;

import com.creditline.common.error.DependencyUnavailable;

/** The credit line service did not answer; nothing was changed, retry shortly. */
public class CreditLineUnavailable extends DependencyUnavailable {

    CreditLineUnavailable() {
        super("The credit line service did not answer; nothing was changed, retry shortly.");
    }
}
