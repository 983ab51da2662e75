package com.creditline.risk.scoring.scorecard;

/** An applicant whose outcome is known: what a scorecard learns from and is measured on. */
public record LabelledObservation(Observation observation, Outcome outcome) {

    public boolean isBad() {
        return outcome.isBad();
    }
}
