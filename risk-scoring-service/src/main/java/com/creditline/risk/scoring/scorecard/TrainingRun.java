package com.creditline.risk.scoring.scorecard;

import java.time.LocalDate;
import java.util.List;

/**
 * What to train: the model's id and version, the business date, the candidate features, the
 * applicants to learn from, and the applicants held out to measure it on (none: measured on the
 * training data, which flatters it).
 */
public record TrainingRun(
        String modelId,
        int version,
        LocalDate trainedOn,
        List<Feature> features,
        List<LabelledObservation> training,
        List<LabelledObservation> validation) {

    public TrainingRun {
        features = List.copyOf(features);
        training = List.copyOf(training);
        validation = List.copyOf(validation);
    }
}
