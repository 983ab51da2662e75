package com.creditline.checkout.webhook;

import com.creditline.common.error.NotFound;

/** The partner has no webhook endpoint. */
public class PartnerWebhookNotFound extends NotFound {

    PartnerWebhookNotFound() {
        super("The partner has no webhook endpoint.");
    }
}
