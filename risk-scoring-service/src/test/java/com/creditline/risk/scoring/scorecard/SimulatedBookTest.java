package com.creditline.risk.scoring.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.creditline.risk.scoring.scorecard.Feature.Trend;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The trainer on data whose truth is known: the log-odds of bad are {@code -1.5 + 0.04 x (months
 * late) - 0.03 x (years as a customer)} plus a region's effect, and a noise feature adds nothing.
 */
class SimulatedBookTest {

    private static final List<Feature> FEATURES = List.of(
            Feature.number("monthsLate", Trend.RISK_RISES),
            Feature.number("yearsAsCustomer", Trend.RISK_FALLS),
            Feature.category("region"),
            Feature.number("noise", Trend.NONE));

    private static final Map<String, Double> REGION_EFFECT = Map.of("north", -0.5, "south", 0.0, "west", 0.7);

    @Test
    void shouldLearnTheDirectionsAndLeaveOutTheNoise() {
        List<LabelledObservation> book = book(20_000, new Random(7));
        ScorecardTrainer trainer = new ScorecardTrainer(TrainingSettings.STANDARD);

        Map<String, Double> iv = trainer.informationValues(FEATURES, book);
        assertThat(iv.get("noise")).isLessThan(0.02);
        assertThat(iv.get("monthsLate")).isGreaterThan(0.1);

        Scorecard scorecard = trainer.train(
                new TrainingRun("simulated", 1, LocalDate.of(2026, 12, 2), FEATURES, book, book(5_000, new Random(8))));

        assertThat(scorecard.features()).extracting(f -> f.feature().name()).doesNotContain("noise");
        assertThat(scorecard.validation().auc()).isGreaterThan(0.65);
        ScorecardFeature region = scorecard.features().stream()
                .filter(f -> f.feature().name().equals("region"))
                .findFirst()
                .orElseThrow();
        assertThat(region.points(applicant(0, 0, "north", 0))).isGreaterThan(region.points(applicant(0, 0, "west", 0)));
        // Regression on weights of evidence recovers a coefficient near -1 for a feature the truth uses as such.
        assertThat(region.coefficient()).isCloseTo(-1.0, within(0.25));
    }

    @Test
    void shouldGiveTheReasonsThatCostTheMostPoints() {
        List<LabelledObservation> book = book(20_000, new Random(7));
        Scorecard scorecard = new ScorecardTrainer(TrainingSettings.STANDARD)
                .train(new TrainingRun("simulated", 1, LocalDate.of(2026, 12, 2), FEATURES, book, List.of()));

        ScorecardAssessment risky = scorecard.assess(applicant(60, 0, "west", 0));
        ScorecardAssessment safe = scorecard.assess(applicant(0, 20, "north", 0));

        assertThat(risky.score()).isLessThan(safe.score());
        assertThat(risky.reasons()).startsWith("monthsLate");
        assertThat(safe.reasons()).isEmpty();
        assertThat(risky.probabilityOfBad()).isGreaterThan(safe.probabilityOfBad());
    }

    static List<LabelledObservation> book(int size, Random random) {
        List<String> regions =
                List.copyOf(REGION_EFFECT.keySet()).stream().sorted().toList();
        List<LabelledObservation> book = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            double monthsLate = random.nextInt(61);
            double years = random.nextInt(21);
            String region = regions.get(random.nextInt(regions.size()));
            double logOdds = -1.5 + 0.04 * monthsLate - 0.03 * years + REGION_EFFECT.get(region);
            boolean bad = random.nextDouble() < 1 / (1 + Math.exp(-logOdds));
            book.add(new LabelledObservation(
                    applicant(monthsLate, years, region, random.nextDouble()), bad ? Outcome.BAD : Outcome.GOOD));
        }
        return book;
    }

    static Observation applicant(double monthsLate, double years, String region, double noise) {
        return new Observation(
                Map.of("monthsLate", monthsLate, "yearsAsCustomer", years, "noise", noise), Map.of("region", region));
    }
}
