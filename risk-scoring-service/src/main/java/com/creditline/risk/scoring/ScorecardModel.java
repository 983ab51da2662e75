package com.creditline.risk.scoring;

import com.creditline.common.money.Money;
import com.creditline.risk.scoring.scorecard.Feature;
import com.creditline.risk.scoring.scorecard.Scorecard;
import com.creditline.risk.scoring.scorecard.ScorecardAssessment;
import com.creditline.risk.scoring.scorecard.ScorecardFeature;
import java.util.List;

/**
 * A trained scorecard deciding applications: the grade from its cut-offs, approved with a grade and
 * a verified identity, the line from the grade as for every model.
 */
public final class ScorecardModel implements RiskModel {

    private final Scorecard scorecard;

    public ScorecardModel(Scorecard scorecard) {
        this.scorecard = scorecard;
    }

    @Override
    public ModelVersion version() {
        return scorecard.modelVersion();
    }

    @Override
    public List<Feature> features() {
        return scorecard.features().stream().map(ScorecardFeature::feature).toList();
    }

    @Override
    public RiskAssessment assess(ApplicationFeatures features) {
        ScorecardAssessment assessment = scorecard.assess(ApplicationObservations.of(features));
        Grade grade = assessment.grade();
        boolean approved = grade != null && features.identityVerified();
        return new RiskAssessment(
                approved,
                assessment.probabilityOfBad(),
                assessment.score(),
                grade == null ? Grade.E : grade,
                approved ? LineRecommendation.limit(features, grade) : Money.ZERO,
                LineRecommendation.pricingTier(grade),
                assessment.reasons(),
                version());
    }
}
