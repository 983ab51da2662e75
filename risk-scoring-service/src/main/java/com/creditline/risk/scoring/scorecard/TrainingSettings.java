package com.creditline.risk.scoring.scorecard;

/**
 * How a scorecard is trained: the binning, the information value below which a feature is left
 * out, the ridge penalty of the regression, and the points scaling.
 */
public record TrainingSettings(
        BinningSettings binning, double minimumInformationValue, double ridge, PointsScaling scaling) {

    public static final TrainingSettings STANDARD =
            new TrainingSettings(BinningSettings.STANDARD, 0.02, 1.0, PointsScaling.PLATFORM);
}
