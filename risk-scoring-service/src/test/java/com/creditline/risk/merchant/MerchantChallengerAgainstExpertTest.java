package com.creditline.risk.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.risk.merchant.SimulatedMerchantBook.SimulatedMerchant;
import com.creditline.risk.merchant.model.MerchantFeatures;
import com.creditline.risk.scoring.Grade;
import com.creditline.risk.scoring.ModelOrigin;
import com.creditline.risk.scoring.scorecard.Measures;
import com.creditline.risk.scoring.scorecard.Measures.ScoredOutcome;
import com.creditline.risk.scoring.scorecard.Scorecard;
import com.creditline.risk.scoring.scorecard.ScorecardFeature;
import com.creditline.risk.scoring.scorecard.ScorecardTrainer;
import com.creditline.risk.scoring.scorecard.TrainingRun;
import com.creditline.risk.scoring.scorecard.TrainingSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A merchant scorecard trained (WoE, IV, logistic regression) on a simulated merchant book
 * ({@link SimulatedMerchantBook}: hidden risk, then 90 days of sales, then defaults) against the
 * expert merchant scorecard the service ships, both measured on merchants neither has seen. The
 * platform has no merchant outcomes yet: this shows the trainer works on merchant features and what
 * the expert model is worth on a book whose truth is known, not how either does on real merchants.
 */
class MerchantChallengerAgainstExpertTest {

    @Test
    void shouldTrainAMerchantChallengerAndMeasureItAgainstTheExpert() {
        List<SimulatedMerchant> training = SimulatedMerchantBook.draw(8_000, 21);
        List<SimulatedMerchant> heldOut = SimulatedMerchantBook.draw(4_000, 22);
        Scorecard challenger = new ScorecardTrainer(TrainingSettings.STANDARD)
                .train(new TrainingRun(
                        "merchant-scorecard",
                        2,
                        SimulatedMerchantBook.TODAY,
                        MerchantFeatures.FEATURES,
                        training.stream().map(SimulatedMerchant::labelled).toList(),
                        List.of()));
        Scorecard expert = MerchantScorecardTest.load();

        Measures expertMeasures = measure(expert, heldOut);
        Measures trainedMeasures = measure(challenger, heldOut);

        System.out.printf(
                "[simulated-merchants] held out %d (%d bad): expert AUC %.3f KS %.3f, challenger AUC %.3f KS %.3f%n",
                trainedMeasures.applicants(),
                trainedMeasures.bads(),
                expertMeasures.auc(),
                expertMeasures.ks(),
                trainedMeasures.auc(),
                trainedMeasures.ks());
        for (ScorecardFeature f : challenger.features()) {
            System.out.printf(
                    "[simulated-merchants] %s IV %.3f bins %s%n",
                    f.feature().name(),
                    f.informationValue(),
                    f.bins().stream()
                            .map(b -> b.bin().label() + " (" + b.points() + ")")
                            .toList());
        }
        for (Grade grade : Grade.values()) {
            System.out.printf(
                    "[simulated-merchants] expert grade %s: %d merchants, bad rate %.3f%n",
                    grade, count(expert, heldOut, grade, false), badRate(expert, heldOut, grade));
        }
        assertThat(expertMeasures.auc())
                .as("the expert separates better than chance")
                .isGreaterThan(0.65);
        assertThat(trainedMeasures.auc()).isGreaterThan(expertMeasures.auc());
        assertThat(challenger.modelVersion().origin()).isEqualTo(ModelOrigin.TRAINED);
        assertThat(expert.modelVersion().origin()).isEqualTo(ModelOrigin.JUDGMENTAL);
    }

    private static Measures measure(Scorecard scorecard, List<SimulatedMerchant> merchants) {
        return Measures.of(merchants.stream()
                .map(m -> new ScoredOutcome(scorecard.score(m.features().observation()), m.bad()))
                .toList());
    }

    private static long count(Scorecard scorecard, List<SimulatedMerchant> merchants, Grade grade, boolean badOnly) {
        return merchants.stream()
                .filter(m -> !badOnly || m.bad())
                .filter(m -> gradeOf(scorecard, m) == grade)
                .count();
    }

    private static double badRate(Scorecard scorecard, List<SimulatedMerchant> merchants, Grade grade) {
        long all = count(scorecard, merchants, grade, false);
        return all == 0 ? 0 : (double) count(scorecard, merchants, grade, true) / all;
    }

    private static Grade gradeOf(Scorecard scorecard, SimulatedMerchant m) {
        Grade grade = scorecard.assess(m.features().observation()).grade();
        return grade == null ? Grade.E : grade;
    }
}
