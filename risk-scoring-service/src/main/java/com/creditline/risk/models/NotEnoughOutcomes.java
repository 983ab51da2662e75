package com.creditline.risk.models;

import com.creditline.common.error.RuleViolation;

/** Too few applications have a known outcome to train a challenger on. */
class NotEnoughOutcomes extends RuleViolation {

    NotEnoughOutcomes(int outcomes, int bads, ModelProperties needed) {
        super("A challenger needs at least %d labelled applications with %d bads; the book has %d with %d bads."
                .formatted(needed.minimumOutcomes(), needed.minimumBads(), outcomes, bads));
    }
}
