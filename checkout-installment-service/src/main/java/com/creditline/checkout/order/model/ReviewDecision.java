package com.creditline.checkout.order.model;

import java.time.Instant;
import java.util.Objects;

/**
 * An officer's decision on an order the fraud check held for review.
 *
 * @param approve true to let the order be captured, false to void it
 * @param officer who decided, as the gateway vouched for them (e.g. {@code staff:olga})
 * @param reason why, in the officer's words
 */
public record ReviewDecision(boolean approve, String officer, String reason, Instant at) {

    public ReviewDecision {
        Objects.requireNonNull(officer, "officer");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
    }
}
