package com.creditline.risk.outcome;

import com.creditline.risk.scoring.scorecard.Outcome;
import java.util.Optional;

/** How an approved application turned out; an indeterminate one is left out of training. */
public enum LoanOutcome {
    GOOD,
    BAD,
    INDETERMINATE;

    public Optional<Outcome> forTraining() {
        return switch (this) {
            case GOOD -> Optional.of(Outcome.GOOD);
            case BAD -> Optional.of(Outcome.BAD);
            case INDETERMINATE -> Optional.empty();
        };
    }
}
