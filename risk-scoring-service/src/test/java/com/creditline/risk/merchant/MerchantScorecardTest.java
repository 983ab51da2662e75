package com.creditline.risk.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.risk.merchant.model.MerchantFeatures;
import com.creditline.risk.scoring.Grade;
import com.creditline.risk.scoring.ModelOrigin;
import com.creditline.risk.scoring.scorecard.GradeCutoff;
import com.creditline.risk.scoring.scorecard.Scorecard;
import com.creditline.risk.scoring.scorecard.ScorecardAssessment;
import com.creditline.risk.scoring.scorecard.ScorecardFeature;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The merchant scorecard the service ships: a judgmental artifact, read as the service reads it. */
class MerchantScorecardTest {

    final Scorecard scorecard = load();

    @Test
    void shouldBeAJudgmentalArtifactOnTheMerchantFeatures() {
        assertThat(scorecard.modelVersion().modelId()).isEqualTo("merchant-expert");
        assertThat(scorecard.modelVersion().origin()).isEqualTo(ModelOrigin.JUDGMENTAL);
        assertThat(scorecard.features().stream().map(ScorecardFeature::feature))
                .containsExactlyElementsOf(MerchantFeatures.FEATURES);
        assertThat(scorecard.gradeCutoffs())
                .containsExactlyElementsOf(GradeCutoff.fromProbabilityBands(scorecard.scaling()));
    }

    @Test
    void shouldScoreEachBinsPoints() {
        // trend +10, stability +10, refunds +5, tenure +10, rating +10, active days +5 on 520
        ScorecardAssessment typical = assess(new MerchantFeatures(1.0105, 0.2705, 0.0338, 29, 4.5857, 0.9333));
        assertThat(typical.score()).isEqualTo(570);
        assertThat(typical.grade()).isEqualTo(Grade.B);
        assertThat(typical.reasons()).hasSize(3).contains("refundRate", "stability");

        ScorecardAssessment best = assess(new MerchantFeatures(1.3, 0.1, 0.01, 48, 4.9, 1.0));
        assertThat(best.score()).isEqualTo(520 + 20 + 25 + 20 + 20 + 15 + 15);
        assertThat(best.grade()).isEqualTo(Grade.A);
        assertThat(best.reasons()).isEmpty();

        ScorecardAssessment worst = assess(new MerchantFeatures(0.5, 0.8, 0.2, 2, 3.5, 0.3));
        assertThat(worst.score()).isEqualTo(520 - 40 - 35 - 50 - 30 - 30 - 40);
        assertThat(worst.grade()).as("below grade E's cut-off").isNull();
        assertThat(worst.reasons()).containsExactly("refundRate", "salesTrend", "stability");
    }

    @Test
    void shouldScoreAnAbsentRatioAsNeutral() {
        ScorecardAssessment noTrend = assess(new MerchantFeatures(null, null, null, 29, 4.5857, 0.9333));
        assertThat(noTrend.score()).isEqualTo(520 + 10 + 10 + 5);
    }

    private ScorecardAssessment assess(MerchantFeatures features) {
        return scorecard.assess(features.observation());
    }

    static Scorecard load() {
        try (InputStream in = MerchantScorecardTest.class.getResourceAsStream("/scorecards/merchant-expert-v1.json")) {
            return JsonMapper.builder().build().readValue(in, Scorecard.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
