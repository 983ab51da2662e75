package com.creditline.risk.scoring;

import com.creditline.risk.scoring.scorecard.Feature;
import java.util.List;

/**
 * Scores an application: the expert {@link PointsScorecard}, or a trained scorecard through
 * {@link ScorecardModel}. Every decision records the version of the model that gave it.
 */
public interface RiskModel {

    RiskAssessment assess(ApplicationFeatures features);

    ModelVersion version();

    /** The features the model reads (all of an application's by default; a trained scorecard, those it kept). */
    default List<Feature> features() {
        return ApplicationObservations.FEATURES;
    }
}
