package com.creditline.risk.scoring.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.creditline.risk.scoring.scorecard.Measures.ScoredOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeasuresTest {

    @Test
    void shouldGiveOneForAPerfectSeparationAndAHalfForNone() {
        Measures perfect = Measures.of(List.of(bad(500), bad(510), good(600), good(650)));
        assertThat(perfect.auc()).isEqualTo(1.0);
        assertThat(perfect.gini()).isEqualTo(1.0);
        assertThat(perfect.ks()).isEqualTo(1.0);

        Measures none = Measures.of(List.of(bad(600), good(600), bad(500), good(500)));
        assertThat(none.auc()).isEqualTo(0.5);
        assertThat(none.ks()).isEqualTo(0.0);
    }

    @Test
    void shouldCountTiesAsHalfAndFindTheLargestGap() {
        // Pairs (good, bad): 600>500, 600=600, 700>500, 700>600 -> (3 + 0.5) / 4.
        Measures measures = Measures.of(List.of(bad(500), bad(600), good(600), good(700)));
        assertThat(measures.auc()).isCloseTo(0.875, within(1e-12));
        assertThat(measures.gini()).isCloseTo(0.75, within(1e-12));
        // Up to 500: bads 1/2, goods 0 -> 0.5; up to 600: both reach 1 and 1/2 -> 0.5.
        assertThat(measures.ks()).isCloseTo(0.5, within(1e-12));
        assertThat(measures.applicants()).isEqualTo(4);
        assertThat(measures.bads()).isEqualTo(2);
    }

    @Test
    void shouldMeasureNoStabilityShiftOnTheBaselineItselfAndAShiftWhenScoresMove() {
        int[] training = new int[1000];
        for (int i = 0; i < training.length; i++) {
            training[i] = 400 + i % 400;
        }
        List<ScoreBand> baseline = ScoreBand.deciles(training);
        assertThat(baseline).hasSize(10);
        assertThat(PopulationStability.index(baseline, training)).isCloseTo(0.0, within(1e-12));

        int[] lower = new int[1000];
        for (int i = 0; i < lower.length; i++) {
            lower[i] = 300 + i % 300;
        }
        assertThat(PopulationStability.index(baseline, lower)).isGreaterThan(PopulationStability.SHIFTED);
    }

    private static ScoredOutcome bad(int score) {
        return new ScoredOutcome(score, true);
    }

    private static ScoredOutcome good(int score) {
        return new ScoredOutcome(score, false);
    }
}
