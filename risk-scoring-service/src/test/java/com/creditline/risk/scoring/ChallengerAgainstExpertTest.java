package com.creditline.risk.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.risk.scoring.SimulatedApplicationBook.Application;
import com.creditline.risk.scoring.scorecard.Measures;
import com.creditline.risk.scoring.scorecard.Measures.ScoredOutcome;
import com.creditline.risk.scoring.scorecard.Scorecard;
import com.creditline.risk.scoring.scorecard.ScorecardTrainer;
import com.creditline.risk.scoring.scorecard.TrainingRun;
import com.creditline.risk.scoring.scorecard.TrainingSettings;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A scorecard trained on the platform's own (here simulated) outcomes against the expert scorecard
 * it is meant to replace, both measured on applications neither has seen.
 */
class ChallengerAgainstExpertTest {

    @Test
    void shouldTrainAChallengerThatSeparatesBetterThanTheExpertModel() {
        List<Application> training = SimulatedApplicationBook.draw(20_000, 11);
        List<Application> heldOut = SimulatedApplicationBook.draw(10_000, 12);
        Scorecard challenger = new ScorecardTrainer(TrainingSettings.STANDARD)
                .train(new TrainingRun(
                        "application-scorecard",
                        2,
                        LocalDate.of(2026, 12, 2),
                        ApplicationObservations.FEATURES,
                        training.stream().map(Application::labelled).toList(),
                        List.of()));

        Measures expert = measure(new PointsScorecard(), heldOut);
        Measures trained = measure(new ScorecardModel(challenger), heldOut);

        System.out.printf(
                "[simulated-book] held out %d (%d bad): expert AUC %.3f KS %.3f, challenger AUC %.3f KS %.3f%n",
                trained.applicants(), trained.bads(), expert.auc(), expert.ks(), trained.auc(), trained.ks());
        assertThat(trained.auc()).isGreaterThan(expert.auc());
        assertThat(new ScorecardModel(challenger).version())
                .isEqualTo(new ModelVersion("application-scorecard", 2, ModelOrigin.TRAINED));
        assertThat(new PointsScorecard().version().origin()).isEqualTo(ModelOrigin.JUDGMENTAL);
    }

    private static Measures measure(RiskModel model, List<Application> applications) {
        return Measures.of(applications.stream()
                .map(a -> new ScoredOutcome(model.assess(a.features()).score(), a.bad()))
                .toList());
    }
}
