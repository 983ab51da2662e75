package com.creditline.risk.scoring.scorecard;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The bands a feature's population stability is measured over, drawn from a baseline population as
 * the score's bands are (its deciles): for a number, a band from each distinct decile of the
 * baseline's values (the lowest included) to the next, one below the baseline's lowest value and
 * one above its highest (so values the baseline never saw count as a shift); for a category, one
 * band per category the baseline had and one for any other. Applicants without a value have a band
 * of their own.
 */
public final class FeatureBands {

    private final Feature feature;
    private final double[] froms;
    private final List<String> categories;

    private FeatureBands(Feature feature, double[] froms, List<String> categories) {
        this.feature = feature;
        this.froms = froms;
        this.categories = categories;
    }

    public static FeatureBands of(Feature feature, List<Observation> baseline) {
        if (feature.kind() == Feature.Kind.CATEGORY) {
            return new FeatureBands(
                    feature,
                    new double[0],
                    baseline.stream()
                            .map(o -> o.category(feature.name()))
                            .filter(Objects::nonNull)
                            .distinct()
                            .sorted()
                            .toList());
        }
        double[] values = baseline.stream()
                .map(o -> o.number(feature.name()))
                .filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue)
                .sorted()
                .toArray();
        TreeSet<Double> starts = new TreeSet<>();
        for (int q = 0; q < 10 && values.length > 0; q++) {
            starts.add(values[q * values.length / 10]);
        }
        if (values.length > 0) {
            starts.add(Math.nextUp(values[values.length - 1]));
        }
        return new FeatureBands(
                feature, starts.stream().mapToDouble(Double::doubleValue).toArray(), List.of());
    }

    /** The population stability index of the recent applicants against the baseline, over these bands. */
    public double stability(List<Observation> baseline, List<Observation> recent) {
        return PopulationStability.index(shares(baseline), shares(recent));
    }

    /** Each band's share of the population, the band without a value last. */
    double[] shares(List<Observation> population) {
        int bands = feature.kind() == Feature.Kind.CATEGORY ? categories.size() + 1 : froms.length + 1;
        double[] counts = new double[bands + 1];
        for (Observation applicant : population) {
            counts[band(applicant, bands)]++;
        }
        return Arrays.stream(counts)
                .map(c -> population.isEmpty() ? 0 : c / population.size())
                .toArray();
    }

    private int band(Observation applicant, int bands) {
        if (feature.kind() == Feature.Kind.CATEGORY) {
            String category = applicant.category(feature.name());
            if (category == null) {
                return bands;
            }
            int known = categories.indexOf(category);
            return known < 0 ? categories.size() : known;
        }
        Double value = applicant.number(feature.name());
        if (value == null) {
            return bands;
        }
        int band = 0;
        while (band < froms.length && value >= froms[band]) {
            band++;
        }
        return band;
    }
}
