package com.creditline.risk.models;

import com.creditline.risk.scoring.scorecard.Measures;

/**
 * A challenger against the champion on the same held-out applications: how each separates goods
 * from bads, how stable the challenger's scores are against its training, and, at the platform's
 * cut-off (grade E's), the share each would approve and the bad rate among those approved.
 */
public record ModelComparison(
        int trainedOn,
        int heldOut,
        Measures champion,
        Measures challenger,
        double challengerStability,
        Rates championAtCutoff,
        Rates challengerAtCutoff) {

    /** Approval rate and bad rate among the approved, as fractions. */
    public record Rates(double approvalRate, double badRate) {}
}
