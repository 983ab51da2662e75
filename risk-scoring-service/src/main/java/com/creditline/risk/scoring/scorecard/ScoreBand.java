package com.creditline.risk.scoring.scorecard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * A band of scores from {@code from} (inclusive; the first band has none) up to the next band's
 * start, with the share of a population it held. A model keeps the bands of its training scores
 * (deciles) as the baseline that population stability is measured against.
 */
public record ScoreBand(Integer from, double share) {

    /** Bands at the deciles (or fewer, when scores repeat) of the given scores. */
    public static List<ScoreBand> deciles(int[] scores) {
        int[] sorted = scores.clone();
        Arrays.sort(sorted);
        TreeSet<Integer> starts = new TreeSet<>();
        for (int q = 1; q < 10; q++) {
            starts.add(sorted[q * sorted.length / 10]);
        }
        starts.remove(sorted[0]);
        List<Integer> froms = new ArrayList<>();
        froms.add(null);
        froms.addAll(starts);
        return shares(froms, scores);
    }

    /** The same bands with the shares of another population. */
    static List<ScoreBand> shares(List<Integer> froms, int[] scores) {
        int[] counts = new int[froms.size()];
        for (int score : scores) {
            int band = 0;
            for (int b = 1; b < froms.size(); b++) {
                if (score >= froms.get(b)) {
                    band = b;
                }
            }
            counts[band]++;
        }
        List<ScoreBand> bands = new ArrayList<>();
        for (int b = 0; b < froms.size(); b++) {
            bands.add(new ScoreBand(froms.get(b), scores.length == 0 ? 0 : (double) counts[b] / scores.length));
        }
        return bands;
    }
}
