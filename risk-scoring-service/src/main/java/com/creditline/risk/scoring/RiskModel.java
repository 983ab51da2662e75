package com.creditline.risk.scoring;

/**
 * Scores an application. The points scorecard is the first implementation; a trained model can
 * replace it as another bean without any caller changing.
 */
public interface RiskModel {

    RiskAssessment assess(ApplicationFeatures features);
}
