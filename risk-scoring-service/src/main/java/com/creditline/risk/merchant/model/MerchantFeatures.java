package com.creditline.risk.merchant.model;

import com.creditline.common.money.Money;
import com.creditline.risk.scoring.scorecard.Feature;
import com.creditline.risk.scoring.scorecard.Feature.Trend;
import com.creditline.risk.scoring.scorecard.Observation;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a merchant is scored on, read from the 90 days of its {@link SalesWindow} (ratios to four
 * decimals). A ratio whose denominator is nothing (no sales to compare with) is absent: it falls in
 * no bin of a scorecard and scores zero points.
 *
 * @param salesTrend net sales of the last 30 days over the monthly average of the 60 days before
 * @param stability coefficient of variation (population standard deviation over mean) of the net
 *     sales of the 12 weeks up to the business date; absent when their mean is not positive
 * @param refundRate refunds over gross sales
 * @param tenureMonths whole months since onboarding
 * @param averageRating the mean of the days' ratings reported in the window
 * @param activeDaysShare the share of the 90 days with at least one order
 */
public record MerchantFeatures(
        Double salesTrend,
        Double stability,
        Double refundRate,
        int tenureMonths,
        Double averageRating,
        double activeDaysShare) {

    public static final List<Feature> FEATURES = List.of(
            Feature.number("salesTrend", Trend.RISK_FALLS),
            Feature.number("stability", Trend.RISK_RISES),
            Feature.number("refundRate", Trend.RISK_RISES),
            Feature.number("tenureMonths", Trend.RISK_FALLS),
            Feature.number("averageRating", Trend.RISK_FALLS),
            Feature.number("activeDaysShare", Trend.RISK_FALLS));

    static final int WEEKS = 12;

    public static MerchantFeatures of(SalesWindow window, MerchantProfile profile) {
        Money last30 = window.netSales(29, 0);
        Money previous60 = window.netSales(89, 30);
        Double trend =
                previous60.isPositive() ? ratio(last30.amount().multiply(BigDecimal.TWO), previous60.amount()) : null;
        Double refundRate = window.grossSales().isPositive()
                ? ratio(window.refunds().amount(), window.grossSales().amount())
                : null;
        Double rating = window.days().isEmpty()
                ? null
                : ratio(
                        window.days().stream().map(DailySales::rating).reduce(BigDecimal.ZERO, BigDecimal::add),
                        BigDecimal.valueOf(window.days().size()));
        long active = window.days().stream().filter(DailySales::active).count();
        return new MerchantFeatures(
                trend,
                weeklyVariation(window),
                refundRate,
                profile.tenureMonths(window.businessDate()),
                rating,
                ratio(BigDecimal.valueOf(active), BigDecimal.valueOf(SalesWindow.DAYS)));
    }

    private static Double weeklyVariation(SalesWindow window) {
        double[] weeks = new double[WEEKS];
        for (int w = 0; w < WEEKS; w++) {
            weeks[w] = window.netSales(7 * w + 6, 7 * w).amount().doubleValue();
        }
        double mean = java.util.Arrays.stream(weeks).average().orElse(0);
        if (mean <= 0) {
            return null;
        }
        double variance = java.util.Arrays.stream(weeks)
                .map(x -> (x - mean) * (x - mean))
                .average()
                .orElse(0);
        return BigDecimal.valueOf(Math.sqrt(variance) / mean)
                .setScale(4, RoundingMode.HALF_UP)
                .doubleValue();
    }

    private static double ratio(BigDecimal numerator, BigDecimal denominator) {
        return numerator
                .divide(denominator, MathContext.DECIMAL64)
                .setScale(4, RoundingMode.HALF_UP)
                .doubleValue();
    }

    /** These features as a scorecard reads them. */
    public Observation observation() {
        Map<String, Double> numbers = new HashMap<>();
        put(numbers, "salesTrend", salesTrend);
        put(numbers, "stability", stability);
        put(numbers, "refundRate", refundRate);
        put(numbers, "tenureMonths", (double) tenureMonths);
        put(numbers, "averageRating", averageRating);
        put(numbers, "activeDaysShare", activeDaysShare);
        return new Observation(numbers, Map.of());
    }

    private static void put(Map<String, Double> numbers, String name, Double value) {
        if (value != null) {
            numbers.put(name, value);
        }
    }
}
