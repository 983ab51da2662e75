package com.creditline.risk.scoring.scorecard;

/**
 * How features are binned: numbers start from {@code fineBins} quantile bins; adjacent bins merge
 * until each holds at least {@code minBinShare} of the applicants and, where the business expects a
 * direction, until the bad rate moves only that way; then the two neighbours with the closest bad
 * rates merge until at most {@code maxBins} are left, so that a feature without an expected trend
 * does not learn the noise of its training data.
 */
public record BinningSettings(int fineBins, double minBinShare, int maxBins) {

    public static final BinningSettings STANDARD = new BinningSettings(20, 0.05, 6);

    public BinningSettings {
        if (fineBins < 2 || maxBins < 2 || minBinShare <= 0 || minBinShare >= 0.5) {
            throw new IllegalArgumentException(
                    "fine and most bins are at least 2, and the minimum share is in (0, 0.5)");
        }
    }
}
