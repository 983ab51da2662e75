package com.creditline.checkout.fraud;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether an authorisation looks like fraud: a blocked device or a burst of orders
 * declines it; a new device far from the customer's usual place for a large amount, an amount far
 * above the customer's usual, or a quick succession of orders sends it to review.
 */
public class FraudCheck {

    public enum Outcome {
        APPROVE,
        REVIEW,
        DECLINE
    }

    public record Assessment(Outcome outcome, List<String> reasons) {}

    private final FraudRules rules;

    public FraudCheck(FraudRules rules) {
        this.rules = rules;
    }

    public Assessment assess(FraudSignals s) {
        List<String> decline = new ArrayList<>();
        List<String> review = new ArrayList<>();
        if (s.deviceBlocked()) {
            decline.add("BLOCKED_DEVICE");
        }
        if (s.authorisationsLastHour() >= rules.declineFromAuthorisationsPerHour()) {
            decline.add("VELOCITY");
        } else if (s.authorisationsLastHour() >= rules.reviewFromAuthorisationsPerHour()) {
            review.add("VELOCITY");
        }
        if (s.newDevice()
                && s.kilometresFromLastLocation() >= rules.farKilometres()
                && !s.amount().isLessThan(rules.large())) {
            review.add("NEW_DEVICE_FAR_LOCATION_LARGE_AMOUNT");
        }
        if (s.usualAmount() != null
                && !s.amount().isLessThan(rules.unusualFloorAmount())
                && s.amount().isGreaterThan(s.usualAmount().times(rules.unusualMultiple()))) {
            review.add("AMOUNT_FAR_ABOVE_USUAL");
        }
        if (!decline.isEmpty()) {
            decline.addAll(review);
            return new Assessment(Outcome.DECLINE, List.copyOf(decline));
        }
        return review.isEmpty()
                ? new Assessment(Outcome.APPROVE, List.of())
                : new Assessment(Outcome.REVIEW, List.copyOf(review));
    }
}
