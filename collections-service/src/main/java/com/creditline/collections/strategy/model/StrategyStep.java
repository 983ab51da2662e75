package com.creditline.collections.strategy.model;

import java.util.Objects;

/**
 * One step of the reminder strategy: on {@code day} relative to the due date (D-3 is -3, D0 is 0,
 * D+7 is 7), contact the customer through {@code channel} with {@code template}.
 */
public record StrategyStep(int day, Channel channel, String template) {

    public StrategyStep {
        Objects.requireNonNull(channel, "a strategy step needs a channel");
        if (template == null || template.isBlank()) {
            throw new IllegalArgumentException("a strategy step needs a template");
        }
    }

    /** A step past the due date, run for a collections case; steps up to D0 are reminders before it. */
    public boolean isEscalation() {
        return day > 0;
    }

    /** How a step is named in the business: D-3, D0, D+7. */
    public static String label(int day) {
        return day > 0 ? "D+" + day : "D" + day;
    }
}
