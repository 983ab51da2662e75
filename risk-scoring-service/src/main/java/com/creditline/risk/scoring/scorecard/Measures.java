package com.creditline.risk.scoring.scorecard;

import java.util.Arrays;
import java.util.List;

/**
 * How well scores separate goods from bads (higher scores are safer): AUC, the chance that a good
 * outscores a bad (ties count half); Gini, {@code 2 x AUC - 1}; KS, the largest gap between the
 * cumulative score distributions of bads and goods.
 */
public record Measures(int applicants, int bads, double auc, double gini, double ks) {

    /** A score and the outcome it turned out to have. */
    public record ScoredOutcome(int score, boolean bad) {}

    public static Measures of(List<ScoredOutcome> outcomes) {
        ScoredOutcome[] sorted = outcomes.toArray(ScoredOutcome[]::new);
        Arrays.sort(sorted, (a, b) -> Integer.compare(a.score(), b.score()));
        int bads = (int) outcomes.stream().filter(ScoredOutcome::bad).count();
        int goods = outcomes.size() - bads;
        if (bads == 0 || goods == 0) {
            throw new IllegalArgumentException("measures need both goods and bads");
        }
        double goodRankSum = 0;
        double ks = 0;
        int badsBelow = 0;
        int goodsBelow = 0;
        int i = 0;
        while (i < sorted.length) {
            int j = i;
            int tiedBads = 0;
            while (j < sorted.length && sorted[j].score() == sorted[i].score()) {
                tiedBads += sorted[j].bad() ? 1 : 0;
                j++;
            }
            int tiedGoods = (j - i) - tiedBads;
            double averageRank = (i + 1 + j) / 2.0;
            goodRankSum += averageRank * tiedGoods;
            badsBelow += tiedBads;
            goodsBelow += tiedGoods;
            ks = Math.max(ks, Math.abs((double) badsBelow / bads - (double) goodsBelow / goods));
            i = j;
        }
        double auc = (goodRankSum - goods * (goods + 1) / 2.0) / ((double) goods * bads);
        return new Measures(outcomes.size(), bads, auc, 2 * auc - 1, ks);
    }
}
