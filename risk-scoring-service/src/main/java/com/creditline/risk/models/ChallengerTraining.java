package com.creditline.risk.models;

import com.creditline.common.time.BusinessClock;
import com.creditline.risk.models.ModelComparison.Rates;
import com.creditline.risk.scoring.ApplicationFeatures;
import com.creditline.risk.scoring.ApplicationObservations;
import com.creditline.risk.scoring.RiskAssessment;
import com.creditline.risk.scoring.RiskModel;
import com.creditline.risk.scoring.ScorecardModel;
import com.creditline.risk.scoring.scorecard.LabelledObservation;
import com.creditline.risk.scoring.scorecard.Measures;
import com.creditline.risk.scoring.scorecard.Outcome;
import com.creditline.risk.scoring.scorecard.Scorecard;
import com.creditline.risk.scoring.scorecard.ScorecardTrainer;
import com.creditline.risk.scoring.scorecard.TrainingRun;
import com.creditline.risk.scoring.scorecard.TrainingSettings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Trains a challenger on the platform's labelled applications (the features each decision kept and
 * the outcome it had), holding out a stratified share to compare it with the champion, and adds it
 * to the registry with the comparison. Promotion is a separate, audited step.
 */
@Service
class ChallengerTraining {

    static final String MODEL_ID = "application-scorecard";

    /** An application whose outcome is known, as it was decided. */
    record LabelledApplication(ApplicationFeatures features, Outcome outcome) {

        LabelledObservation labelled() {
            return new LabelledObservation(ApplicationObservations.of(features), outcome);
        }
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ScorecardModels models;
    private final ChampionModel champion;
    private final BusinessClock clock;
    private final ModelProperties properties;

    ChallengerTraining(
            JdbcClient jdbc,
            JsonMapper json,
            ScorecardModels models,
            ChampionModel champion,
            BusinessClock clock,
            ModelProperties properties) {
        this.jdbc = jdbc;
        this.json = json;
        this.models = models;
        this.champion = champion;
        this.clock = clock;
        this.properties = properties;
    }

    @Transactional
    RegisteredModel train(String actor) {
        List<LabelledApplication> book = labelledBook();
        int bads = (int) book.stream().filter(a -> a.outcome().isBad()).count();
        if (book.size() < properties.minimumOutcomes() || bads < properties.minimumBads()) {
            throw new NotEnoughOutcomes(book.size(), bads, properties);
        }
        List<LabelledApplication> training = new ArrayList<>();
        List<LabelledApplication> heldOut = new ArrayList<>();
        split(book, training, heldOut);
        Scorecard challenger = new ScorecardTrainer(TrainingSettings.STANDARD)
                .train(new TrainingRun(
                        MODEL_ID,
                        models.nextVersion(MODEL_ID),
                        clock.businessDate(),
                        ApplicationObservations.FEATURES,
                        training.stream().map(LabelledApplication::labelled).toList(),
                        heldOut.stream().map(LabelledApplication::labelled).toList()));
        ScorecardModel challengerModel = new ScorecardModel(challenger);
        ModelComparison comparison = new ModelComparison(
                training.size(),
                heldOut.size(),
                measure(champion, heldOut),
                challenger.validation(),
                challenger.stabilityOf(heldOut.stream()
                        .mapToInt(a -> challengerModel.assess(a.features()).score())
                        .toArray()),
                atCutoff(champion, heldOut),
                atCutoff(challengerModel, heldOut));
        Instant at = clock.now();
        models.addChallenger(challenger, comparison, actor, at);
        return new RegisteredModel(challenger.modelVersion(), ModelStatus.CHALLENGER, comparison, at, actor);
    }

    private List<LabelledApplication> labelledBook() {
        return jdbc.sql("SELECT features::text, outcome FROM credit_application"
                        + " WHERE outcome IN ('GOOD', 'BAD') AND features IS NOT NULL ORDER BY application_id")
                .query((rs, n) -> new LabelledApplication(
                        json.readValue(rs.getString(1), ApplicationFeatures.class), Outcome.valueOf(rs.getString(2))))
                .list();
    }

    /** Goods and bads shuffled apart (seeded) and dealt, so both sides keep the book's bad rate. */
    private void split(
            List<LabelledApplication> book, List<LabelledApplication> training, List<LabelledApplication> heldOut) {
        Random random = new Random(properties.seed());
        for (Outcome outcome : Outcome.values()) {
            List<LabelledApplication> stratum = new ArrayList<>(
                    book.stream().filter(a -> a.outcome() == outcome).toList());
            Collections.shuffle(stratum, random);
            int held = (int) Math.round(stratum.size() * properties.heldOutShare());
            heldOut.addAll(stratum.subList(0, held));
            training.addAll(stratum.subList(held, stratum.size()));
        }
    }

    private static Measures measure(RiskModel model, List<LabelledApplication> applications) {
        return Measures.of(applications.stream()
                .map(a -> new Measures.ScoredOutcome(
                        model.assess(a.features()).score(), a.outcome().isBad()))
                .toList());
    }

    private static Rates atCutoff(RiskModel model, List<LabelledApplication> applications) {
        int approved = 0;
        int badApproved = 0;
        for (LabelledApplication a : applications) {
            RiskAssessment assessment = model.assess(a.features());
            if (assessment.approved()) {
                approved++;
                badApproved += a.outcome().isBad() ? 1 : 0;
            }
        }
        return new Rates((double) approved / applications.size(), approved == 0 ? 0 : (double) badApproved / approved);
    }
}
