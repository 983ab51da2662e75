package com.creditline.risk.scoring.scorecard;

import com.creditline.risk.scoring.Grade;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * The lowest score of a grade. The cut-offs follow the grades' bands of probability of default
 * through the scaling, so a grade means the same risk under every model: a score is in a grade
 * when the chance of bad it stands for is below the grade's upper bound.
 */
public record GradeCutoff(Grade grade, int minimumScore) {

    public static List<GradeCutoff> fromProbabilityBands(PointsScaling scaling) {
        return Arrays.stream(Grade.values())
                .map(g -> new GradeCutoff(g, lowestScoreBelow(scaling, g.upperProbabilityOfDefault())))
                .toList();
    }

    private static int lowestScoreBelow(PointsScaling scaling, BigDecimal upperProbability) {
        double p = upperProbability.doubleValue();
        return (int) Math.floor(scaling.score(Math.log(p / (1 - p)))) + 1;
    }
}
