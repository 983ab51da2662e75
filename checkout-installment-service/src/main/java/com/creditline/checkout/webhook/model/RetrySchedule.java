package com.creditline.checkout.webhook.model;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * When a failed delivery is tried again: {@code first} after the first failure, doubling after
 * each further one, never more than {@code max} apart, and not at all after {@code maxAttempts}.
 */
public record RetrySchedule(Duration first, Duration max, int maxAttempts) {

    public RetrySchedule {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(max, "max");
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("a retry schedule needs 0 < first <= max and at least one attempt");
        }
    }

    /** The wait before the next attempt after {@code attempts} failed ones; empty when it is over. */
    Optional<Duration> waitAfter(int attempts) {
        if (attempts >= maxAttempts) {
            return Optional.empty();
        }
        Duration wait = first;
        for (int i = 1; i < attempts && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return Optional.of(wait.compareTo(max) > 0 ? max : wait);
    }
}
