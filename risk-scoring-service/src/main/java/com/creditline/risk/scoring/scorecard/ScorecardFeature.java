package com.creditline.risk.scoring.scorecard;

import java.util.List;

/**
 * A feature as a scorecard uses it: its bins with their points, the regression's coefficient on its
 * weight of evidence, and its information value on the training data. Its reason code is its name.
 */
public record ScorecardFeature(Feature feature, double coefficient, double informationValue, List<ScoredBin> bins) {

    public ScorecardFeature {
        bins = List.copyOf(bins);
    }

    /** The points of the applicant's bin; zero when they fall in none. */
    public int points(Observation applicant) {
        return bins.stream()
                .filter(b -> b.bin().holds(feature, applicant))
                .mapToInt(ScoredBin::points)
                .findFirst()
                .orElse(0);
    }

    /** The most this feature gives: what an applicant's points fall short of is what they lost. */
    public int maximumPoints() {
        return bins.stream().mapToInt(ScoredBin::points).max().orElse(0);
    }
}
