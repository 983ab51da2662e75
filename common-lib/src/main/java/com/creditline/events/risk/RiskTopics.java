package com.creditline.events.risk;

/** The topics risk-scoring-service publishes to. */
public final class RiskTopics {

    /** Application decisions and behaviour reviews, keyed by customer id. */
    public static final String DECISIONS = "risk.decisions.v1";

    private RiskTopics() {}
}
