package com.creditline.risk.scoring;

/**
 * Scores an application: the expert {@link PointsScorecard}, or a trained scorecard through
 * {@link ScorecardModel}. Every decision records the version of the model that gave it.
 */
public interface RiskModel {

    RiskAssessment assess(ApplicationFeatures features);

    ModelVersion version();
}
