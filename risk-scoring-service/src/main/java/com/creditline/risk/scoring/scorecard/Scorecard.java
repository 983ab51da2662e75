package com.creditline.risk.scoring.scorecard;

import com.creditline.risk.scoring.Grade;
import com.creditline.risk.scoring.ModelOrigin;
import com.creditline.risk.scoring.ModelVersion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A scorecard as data: a versioned artifact the service loads and every decision names. A score is
 * the base points plus each feature's points for the applicant's bin; the grade is the highest whose
 * cut-off the score reaches (none below grade E's); the reasons are the features whose points fell
 * furthest short of their best. It keeps what it was trained on (a fingerprint of the data), how it
 * measured on its validation data, and the bands of its training scores as the baseline for
 * population stability.
 */
public record Scorecard(
        String modelId,
        int version,
        ModelOrigin origin,
        LocalDate trainedOn,
        PointsScaling scaling,
        int basePoints,
        List<ScorecardFeature> features,
        List<GradeCutoff> gradeCutoffs,
        Measures validation,
        String trainingFingerprint,
        List<ScoreBand> baseline) {

    public static final int REASONS = 3;

    public Scorecard {
        features = List.copyOf(features);
        gradeCutoffs = gradeCutoffs.stream()
                .sorted(Comparator.comparingInt(GradeCutoff::minimumScore).reversed())
                .toList();
        baseline = List.copyOf(baseline);
    }

    public ModelVersion modelVersion() {
        return new ModelVersion(modelId, version, origin);
    }

    public int score(Observation applicant) {
        return basePoints + features.stream().mapToInt(f -> f.points(applicant)).sum();
    }

    public ScorecardAssessment assess(Observation applicant) {
        int score = score(applicant);
        Grade grade = gradeCutoffs.stream()
                .filter(c -> score >= c.minimumScore())
                .map(GradeCutoff::grade)
                .findFirst()
                .orElse(null);
        List<String> reasons = features.stream()
                .filter(f -> f.maximumPoints() > f.points(applicant))
                .sorted(Comparator.comparingInt((ScorecardFeature f) -> f.maximumPoints() - f.points(applicant))
                        .reversed())
                .limit(REASONS)
                .map(f -> f.feature().name())
                .toList();
        BigDecimal probability =
                BigDecimal.valueOf(scaling.probabilityOfBad(score)).setScale(4, RoundingMode.HALF_UP);
        return new ScorecardAssessment(score, probability, grade, reasons);
    }

    /** This scorecard with its measures on validation data and the bands of its training scores. */
    Scorecard measured(Measures validation, List<ScoreBand> baseline) {
        return new Scorecard(
                modelId,
                version,
                origin,
                trainedOn,
                scaling,
                basePoints,
                features,
                gradeCutoffs,
                validation,
                trainingFingerprint,
                baseline);
    }

    /** Population stability of these scores against the training baseline. */
    public double stabilityOf(int[] scores) {
        return PopulationStability.index(baseline, scores);
    }
}
