package com.creditline.risk.scoring.scorecard;

/** How a loan turned out, by the written definition of good and bad (docs/risk-model.md). */
public enum Outcome {
    GOOD,
    BAD;

    public boolean isBad() {
        return this == BAD;
    }
}
