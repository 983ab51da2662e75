package com.creditline.risk.scoring.scorecard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Repeated stratified k-fold cross-validation: each repeat shuffles the goods and the bads apart
 * (from a seed, so a run can be repeated), deals each into k folds so that every fold keeps the
 * data's bad rate, and trains k scorecards, each measured on the fold it did not see.
 */
public record CrossValidation(int folds, int repeats, long seed) {

    public CrossValidation {
        if (folds < 2 || repeats < 1) {
            throw new IllegalArgumentException("at least two folds and one repeat");
        }
    }

    public CrossValidationReport run(ScorecardTrainer trainer, List<Feature> features, List<LabelledObservation> data) {
        List<Measures> heldOut = new ArrayList<>();
        for (int repeat = 0; repeat < repeats; repeat++) {
            List<List<LabelledObservation>> dealt = deal(data, new Random(seed + repeat));
            for (int fold = 0; fold < folds; fold++) {
                List<LabelledObservation> training = new ArrayList<>();
                for (int other = 0; other < folds; other++) {
                    if (other != fold) {
                        training.addAll(dealt.get(other));
                    }
                }
                Scorecard scorecard = trainer.train(new TrainingRun(
                        "cross-validation", repeat * folds + fold + 1, LocalDate.EPOCH, features, training, List.of()));
                heldOut.add(ScorecardTrainer.measure(scorecard, dealt.get(fold)));
            }
        }
        return new CrossValidationReport(folds, repeats, heldOut);
    }

    private List<List<LabelledObservation>> deal(List<LabelledObservation> data, Random random) {
        List<List<LabelledObservation>> dealt = new ArrayList<>();
        for (int fold = 0; fold < folds; fold++) {
            dealt.add(new ArrayList<>());
        }
        int next = 0;
        for (boolean bad : new boolean[] {true, false}) {
            List<LabelledObservation> stratum =
                    new ArrayList<>(data.stream().filter(o -> o.isBad() == bad).toList());
            Collections.shuffle(stratum, random);
            for (LabelledObservation o : stratum) {
                dealt.get(next++ % folds).add(o);
            }
        }
        return dealt;
    }
}
