package com.creditline.risk.scoring.scorecard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Bins one feature on training data for weight of evidence. Numbers: quantile fine bins, merged
 * while the expected trend is violated, then while a bin is under the minimum share. Categories:
 * ordered by bad rate, then merged while a group is under the minimum share. A small bin always
 * merges with the neighbour whose bad rate is closer; beyond the most bins, the closest neighbours
 * merge.
 */
final class WoeBinning {

    private final BinningSettings settings;

    WoeBinning(BinningSettings settings) {
        this.settings = settings;
    }

    BinnedFeature bin(Feature feature, List<LabelledObservation> training) {
        List<BinCount> bins = feature.kind() == Feature.Kind.NUMBER
                ? monotonic(fineRanges(feature, training), feature.trend())
                : categoriesByBadRate(feature, training);
        int applicants = bins.stream().mapToInt(BinCount::applicants).sum();
        List<BinCount> large = mergeSmall(bins, settings.minBinShare() * applicants);
        return BinnedFeature.of(feature, mergeClosest(large, settings.maxBins()));
    }

    private List<BinCount> fineRanges(Feature feature, List<LabelledObservation> training) {
        List<Double> values = training.stream()
                .map(o -> o.observation().number(feature.name()))
                .filter(v -> v != null)
                .sorted()
                .toList();
        if (values.isEmpty()) {
            return List.of();
        }
        TreeSet<Double> cuts = new TreeSet<>();
        for (int q = 1; q < settings.fineBins(); q++) {
            cuts.add(values.get(q * values.size() / settings.fineBins()));
        }
        cuts.remove(values.getFirst());
        List<Bin> ranges = new ArrayList<>();
        Double from = null;
        for (Double cut : cuts) {
            ranges.add(Bin.range(from, cut));
            from = cut;
        }
        ranges.add(Bin.range(from, null));
        return count(feature, ranges, training);
    }

    private List<BinCount> categoriesByBadRate(Feature feature, List<LabelledObservation> training) {
        Map<String, Bin> byCategory = new LinkedHashMap<>();
        training.stream()
                .map(o -> o.observation().category(feature.name()))
                .filter(c -> c != null)
                .sorted()
                .forEach(c -> byCategory.putIfAbsent(c, Bin.of(List.of(c))));
        List<BinCount> counts = new ArrayList<>(count(feature, List.copyOf(byCategory.values()), training));
        counts.sort(Comparator.comparingDouble(BinCount::badRate));
        return counts;
    }

    private static List<BinCount> count(Feature feature, List<Bin> bins, List<LabelledObservation> training) {
        List<BinCount> counts = new ArrayList<>();
        for (Bin bin : bins) {
            int goods = 0;
            int bads = 0;
            for (LabelledObservation o : training) {
                if (bin.holds(feature, o.observation())) {
                    if (o.isBad()) {
                        bads++;
                    } else {
                        goods++;
                    }
                }
            }
            if (goods + bads > 0) {
                counts.add(new BinCount(bin, goods, bads));
            }
        }
        return counts;
    }

    /** Merges the first adjacent pair against the trend until none is left. */
    private static List<BinCount> monotonic(List<BinCount> bins, Feature.Trend trend) {
        if (trend == Feature.Trend.NONE) {
            return bins;
        }
        List<BinCount> merged = new ArrayList<>(bins);
        boolean violated = true;
        while (violated) {
            violated = false;
            for (int i = 0; i + 1 < merged.size(); i++) {
                double here = merged.get(i).badRate();
                double next = merged.get(i + 1).badRate();
                if (trend == Feature.Trend.RISK_RISES ? here > next : here < next) {
                    merged.set(i, merged.get(i).joinedWith(merged.remove(i + 1)));
                    violated = true;
                    break;
                }
            }
        }
        return merged;
    }

    /** Merges the smallest bin under the minimum into its closer neighbour until none is left. */
    private static List<BinCount> mergeSmall(List<BinCount> bins, double minimum) {
        List<BinCount> merged = new ArrayList<>(bins);
        while (merged.size() > 1) {
            int smallest = 0;
            for (int i = 1; i < merged.size(); i++) {
                if (merged.get(i).applicants() < merged.get(smallest).applicants()) {
                    smallest = i;
                }
            }
            if (merged.get(smallest).applicants() >= minimum) {
                break;
            }
            int left = closerNeighbourIsLeft(merged, smallest) ? smallest - 1 : smallest;
            merged.set(left, merged.get(left).joinedWith(merged.remove(left + 1)));
        }
        return merged;
    }

    /** Merges the two neighbours with the closest bad rates until at most {@code most} are left. */
    private static List<BinCount> mergeClosest(List<BinCount> bins, int most) {
        List<BinCount> merged = new ArrayList<>(bins);
        while (merged.size() > most) {
            int closest = 0;
            for (int i = 1; i + 1 < merged.size(); i++) {
                if (gap(merged, i) < gap(merged, closest)) {
                    closest = i;
                }
            }
            merged.set(closest, merged.get(closest).joinedWith(merged.remove(closest + 1)));
        }
        return merged;
    }

    private static double gap(List<BinCount> bins, int i) {
        return Math.abs(bins.get(i).badRate() - bins.get(i + 1).badRate());
    }

    private static boolean closerNeighbourIsLeft(List<BinCount> bins, int i) {
        if (i == 0) {
            return false;
        }
        if (i == bins.size() - 1) {
            return true;
        }
        double rate = bins.get(i).badRate();
        return Math.abs(bins.get(i - 1).badRate() - rate)
                <= Math.abs(bins.get(i + 1).badRate() - rate);
    }
}
