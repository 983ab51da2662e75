package com.creditline.gateway.admission;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many requests each route takes at once at most ({@code creditline.admission.max-in-flight},
 * by route id; a route not named is not limited), how far that limit may fall while the route's
 * answers are slower than {@code latency-target} ({@code min-in-flight}; a zero target keeps every
 * limit at its maximum), and what a refused caller is told to wait.
 */
@ConfigurationProperties("creditline.admission")
record AdmissionSettings(
        @DefaultValue Map<String, Integer> maxInFlight,
        @DefaultValue("8") int minInFlight,
        @DefaultValue("500ms") Duration latencyTarget,
        @DefaultValue("1s") Duration retryAfter) {

    AdmissionSettings {
        if (minInFlight < 1) {
            throw new IllegalArgumentException(
                    "creditline.admission.min-in-flight must be at least 1, was " + minInFlight);
        }
        maxInFlight.forEach((route, limit) -> {
            if (limit == null || limit < 1) {
                throw new IllegalArgumentException(
                        "creditline.admission.max-in-flight." + route + " must be at least 1, was " + limit);
            }
        });
        if (latencyTarget.isNegative()) {
            throw new IllegalArgumentException("creditline.admission.latency-target cannot be negative");
        }
        if (retryAfter.isNegative() || retryAfter.toSeconds() < 1) {
            throw new IllegalArgumentException("creditline.admission.retry-after must be at least 1s");
        }
    }

    /** The route's limit: from the floor (never above the route's maximum) to its maximum. */
    InFlightLimit limitOf(String route) {
        int ceiling = maxInFlight.get(route);
        return new InFlightLimit(Math.min(minInFlight, ceiling), ceiling, latencyTarget);
    }
}
