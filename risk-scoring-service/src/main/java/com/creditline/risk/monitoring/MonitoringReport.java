package com.creditline.risk.monitoring;

import com.creditline.risk.scoring.ModelVersion;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What ops watch of the model deciding applications. */
public record MonitoringReport(
        ModelVersion champion,
        Stability stability,
        List<FeatureStability> featureStability,
        List<Week> weeks,
        List<GradeBadRate> badRatesByGrade,
        List<Vintage> vintages) {

    /**
     * Population stability of the champion's application scores: the last 7 days' decisions against
     * its baseline (its first 1,000 decisions), over the baseline's deciles.
     */
    public record Stability(double index, int baselineApplications, int recentApplications, boolean alert) {}

    /**
     * Population stability of one feature the champion reads: the features of the last 7 days'
     * decisions against those of its baseline (its first 1,000 decisions that kept their features),
     * over bands drawn from the baseline (its deciles for a number, its categories for a category).
     */
    public record FeatureStability(
            String feature, double index, int baselineApplications, int recentApplications, boolean alert) {}

    /** A week's applications, approval rate and the grades approved. */
    public record Week(LocalDate week, long applications, double approvalRate, Map<String, Long> gradeMix) {}

    /** Among approved applications with a known outcome (indeterminate ones left out), the share bad. */
    public record GradeBadRate(String grade, long labelled, double badRate) {}

    /**
     * The applications approved in a month and the share of them 30+ days past due within 3 months on
     * book, and 90+ within 6 and within 12.
     */
    public record Vintage(
            LocalDate month, long approved, double thirtyPlusAt3, double ninetyPlusAt6, double ninetyPlusAt12) {}
}
