package com.creditline.risk.scoring.scorecard;

import java.util.List;
import java.util.function.ToDoubleFunction;

/** The held-out measures of every fold of every repeat, with their means and spreads. */
public record CrossValidationReport(int folds, int repeats, List<Measures> heldOut) {

    public CrossValidationReport {
        heldOut = List.copyOf(heldOut);
    }

    public double meanAuc() {
        return mean(Measures::auc);
    }

    public double meanKs() {
        return mean(Measures::ks);
    }

    public double aucStandardDeviation() {
        return deviation(Measures::auc);
    }

    public double ksStandardDeviation() {
        return deviation(Measures::ks);
    }

    private double mean(ToDoubleFunction<Measures> measure) {
        return heldOut.stream().mapToDouble(measure).average().orElseThrow();
    }

    private double deviation(ToDoubleFunction<Measures> measure) {
        double mean = mean(measure);
        double squares = heldOut.stream()
                .mapToDouble(m -> Math.pow(measure.applyAsDouble(m) - mean, 2))
                .sum();
        return Math.sqrt(squares / (heldOut.size() - 1));
    }

    @Override
    public String toString() {
        return "%d x %d-fold: AUC %.3f (sd %.3f), KS %.3f (sd %.3f)"
                .formatted(repeats, folds, meanAuc(), aucStandardDeviation(), meanKs(), ksStandardDeviation());
    }
}
