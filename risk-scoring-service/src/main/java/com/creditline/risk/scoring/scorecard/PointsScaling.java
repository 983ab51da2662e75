package com.creditline.risk.scoring.scorecard;

/**
 * How log-odds become points: {@code basePoints} at odds of {@code baseOdds} goods to one bad, and
 * {@code pointsToDoubleOdds} more points for every doubling of those odds. The platform's default,
 * 600 points at 49:1 (a 2 % chance of bad) and 40 points to double the odds, is the expert
 * scorecard's, so that scores and grades read the same whichever model gave them.
 */
public record PointsScaling(int basePoints, double baseOdds, int pointsToDoubleOdds) {

    public static final PointsScaling PLATFORM = new PointsScaling(600, 49, 40);

    public PointsScaling {
        if (baseOdds <= 0 || pointsToDoubleOdds <= 0) {
            throw new IllegalArgumentException("base odds and points to double the odds are positive");
        }
    }

    /** Points per unit of log-odds. */
    double factor() {
        return pointsToDoubleOdds / Math.log(2);
    }

    /** The score at even odds. */
    double offset() {
        return basePoints - factor() * Math.log(baseOdds);
    }

    /** The (unrounded) score of a log-odds of bad. */
    double score(double logOddsOfBad) {
        return offset() - factor() * logOddsOfBad;
    }

    /** The chance of bad that a score stands for. */
    public double probabilityOfBad(double score) {
        double logOddsOfBad = (offset() - score) / factor();
        return 1 / (1 + Math.exp(-logOddsOfBad));
    }
}
