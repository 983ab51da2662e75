package com.creditline.checkout.order;

import com.creditline.common.error.Conflict;

/** An authorisation of this order is still being processed; retry shortly. */
public class AuthorisationInProgress extends Conflict {

    AuthorisationInProgress() {
        super("An authorisation of this order is still being processed; retry shortly.");
    }
}
