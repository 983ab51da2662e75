package com.creditline.risk.scoring.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FeatureBandsTest {

    static final Feature DPD = Feature.number("worstDpd", Feature.Trend.RISK_RISES);
    static final Feature AGE = Feature.number("accountAgeMonths", Feature.Trend.RISK_FALLS);
    static final Feature INCOME = Feature.category("incomeBand");

    @Test
    void shouldFindTheSamePopulationStable() {
        List<Observation> baseline = population(new Random(1), 0, 1_000, "LOW", "HIGH");
        List<Observation> recent = population(new Random(2), 0, 1_000, "LOW", "HIGH");
        for (Feature feature : List.of(DPD, AGE, INCOME)) {
            assertThat(FeatureBands.of(feature, baseline).stability(baseline, recent))
                    .as(feature.name())
                    .isLessThan(0.10);
        }
    }

    @Test
    void shouldSeeValuesTheBaselineNeverHadAsAShift() {
        List<Observation> baseline = population(new Random(1), 0, 1_000, "LOW", "HIGH");
        List<Observation> recent = population(new Random(2), 90, 1_000, "LOW", "HIGH");
        assertThat(FeatureBands.of(DPD, baseline).stability(baseline, recent))
                .as("a baseline all at 0 days past due has one band; the recent 90 fall above it")
                .isGreaterThan(PopulationStability.SHIFTED);
    }

    @Test
    void shouldSeeANewCategoryAndAMovedNumberAsAShift() {
        List<Observation> baseline = population(new Random(1), 0, 1_000, "LOW", "HIGH");
        List<Observation> recent = population(new Random(2), 0, 1_000, "NEW", "NEW");
        assertThat(FeatureBands.of(INCOME, baseline).stability(baseline, recent))
                .isGreaterThan(PopulationStability.SHIFTED);
        List<Observation> younger = new ArrayList<>();
        recent.forEach(o -> younger.add(new Observation(
                Map.of("worstDpd", o.number("worstDpd"), "accountAgeMonths", o.number("accountAgeMonths") / 4),
                o.categories())));
        assertThat(FeatureBands.of(AGE, baseline).stability(baseline, younger))
                .isGreaterThan(PopulationStability.SHIFTED);
    }

    @Test
    void shouldGiveApplicantsWithoutAValueABandOfTheirOwn() {
        List<Observation> baseline = population(new Random(1), 0, 1_000, "LOW", "HIGH");
        List<Observation> withoutAge = population(new Random(2), 0, 1_000, "LOW", "HIGH").stream()
                .map(o -> new Observation(Map.of("worstDpd", o.number("worstDpd")), o.categories()))
                .toList();
        assertThat(FeatureBands.of(AGE, baseline).stability(baseline, withoutAge))
                .isGreaterThan(PopulationStability.SHIFTED);
    }

    private static List<Observation> population(Random random, int dpd, int size, String even, String odd) {
        List<Observation> population = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            population.add(new Observation(
                    Map.of("worstDpd", (double) dpd, "accountAgeMonths", (double) (6 + random.nextInt(60))),
                    Map.of("incomeBand", i % 2 == 0 ? even : odd)));
        }
        return population;
    }
}
