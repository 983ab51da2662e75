package com.creditline.risk.scoring.scorecard;

import java.util.Objects;

/**
 * A characteristic an applicant is scored on: a number (binned into ranges) or a category (binned
 * into groups of categories), with the direction the business expects its risk to take.
 */
public record Feature(String name, Kind kind, Trend trend) {

    public enum Kind {
        NUMBER,
        CATEGORY
    }

    /** How risk moves as a number grows; the binning keeps the bins monotonic when one is expected. */
    public enum Trend {
        RISK_RISES,
        RISK_FALLS,
        NONE
    }

    public Feature {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        trend = kind == Kind.CATEGORY || trend == null ? Trend.NONE : trend;
    }

    public static Feature number(String name, Trend trend) {
        return new Feature(name, Kind.NUMBER, trend);
    }

    public static Feature category(String name) {
        return new Feature(name, Kind.CATEGORY, Trend.NONE);
    }
}
