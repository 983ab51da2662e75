package com.creditline.risk.scoring.scorecard;

import java.util.List;

/**
 * A feature's bins with their weights of evidence, {@code ln(share of goods / share of bads)}
 * (half a case added to every count, so that a bin without bads stays finite), and the feature's
 * information value, {@code sum of (share of goods - share of bads) x weight of evidence}.
 */
record BinnedFeature(Feature feature, List<BinCount> bins, double[] weightsOfEvidence, double informationValue) {

    static BinnedFeature of(Feature feature, List<BinCount> bins) {
        double goods = bins.stream().mapToInt(BinCount::goods).sum();
        double bads = bins.stream().mapToInt(BinCount::bads).sum();
        double[] woe = new double[bins.size()];
        double iv = 0;
        for (int i = 0; i < woe.length; i++) {
            double goodShare = (bins.get(i).goods() + 0.5) / (goods + 0.5);
            double badShare = (bins.get(i).bads() + 0.5) / (bads + 0.5);
            woe[i] = Math.log(goodShare / badShare);
            iv += (bins.get(i).goods() / goods - bins.get(i).bads() / bads) * woe[i];
        }
        return new BinnedFeature(feature, List.copyOf(bins), woe, iv);
    }

    /** The applicant's weight of evidence: their bin's, or zero when they fall in none. */
    double weightOfEvidence(Observation applicant) {
        for (int i = 0; i < bins.size(); i++) {
            if (bins.get(i).bin().holds(feature, applicant)) {
                return weightsOfEvidence[i];
            }
        }
        return 0;
    }
}
