package com.creditline.checkout.webhook;

import com.creditline.common.error.RuleViolation;

/** A webhook endpoint must be an absolute https URL without credentials or fragment. */
public class WebhookUrlRefused extends RuleViolation {

    WebhookUrlRefused(String why) {
        super("The webhook URL is refused: " + why);
    }
}
