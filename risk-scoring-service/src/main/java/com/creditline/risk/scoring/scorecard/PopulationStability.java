package com.creditline.risk.scoring.scorecard;

import java.util.List;

/**
 * The population stability index of a population against a baseline over the same bands:
 * {@code sum of (actual share - expected share) x ln(actual share / expected share)}, each share
 * floored at 0.01 % so that an empty band stays finite. Under 0.10 is stable, 0.10-0.25 worth a
 * look, over 0.25 a shift the model was not trained on.
 */
public final class PopulationStability {

    public static final double SHIFTED = 0.25;
    private static final double FLOOR = 1e-4;

    private PopulationStability() {}

    public static double index(List<ScoreBand> baseline, int[] scores) {
        List<Integer> froms = baseline.stream().map(ScoreBand::from).toList();
        List<ScoreBand> actual = ScoreBand.shares(froms, scores);
        return index(
                baseline.stream().mapToDouble(ScoreBand::share).toArray(),
                actual.stream().mapToDouble(ScoreBand::share).toArray());
    }

    /** The index over the same bands given by their shares, expected (the baseline) and actual. */
    public static double index(double[] expected, double[] actual) {
        double psi = 0;
        for (int b = 0; b < expected.length; b++) {
            double was = Math.max(FLOOR, expected[b]);
            double now = Math.max(FLOOR, actual[b]);
            psi += (now - was) * Math.log(now / was);
        }
        return psi;
    }
}
