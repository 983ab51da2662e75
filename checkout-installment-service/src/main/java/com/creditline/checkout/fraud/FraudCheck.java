package com.creditline.checkout.fraud;

import com.creditline.checkout.fraud.FraudRules.Velocity;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether an authorisation looks like fraud (docs/fraud.md). A blocked device or address,
 * or a burst of orders (of the customer, from the device or to the address) above the decline
 * threshold declines it. Review for: a burst above the review threshold; a new device far from the
 * customer's usual place for a large amount; an amount far above the customer's usual; a device
 * shared by many customers, now or among the customer's devices. A decline carries the review
 * reasons too, so that an officer sees everything that fired.
 */
public class FraudCheck {

    public enum Outcome {
        APPROVE,
        REVIEW,
        DECLINE
    }

    public record Assessment(Outcome outcome, List<String> reasons) {

        public Assessment {
            reasons = List.copyOf(reasons);
        }
    }

    private final FraudRules rules;

    public FraudCheck(FraudRules rules) {
        this.rules = rules;
    }

    public Assessment assess(FraudSignals s) {
        Findings findings = new Findings();
        if (s.deviceBlocked()) {
            findings.decline(FraudReason.BLOCKED_DEVICE);
        }
        if (s.addressBlocked()) {
            findings.decline(FraudReason.BLOCKED_ADDRESS);
        }
        findings.velocity(s.authorisationsLastHour(), rules.customerVelocity(), FraudReason.VELOCITY);
        findings.velocity(s.deviceAuthorisationsLastHour(), rules.deviceVelocity(), FraudReason.DEVICE_VELOCITY);
        findings.velocity(s.addressAuthorisationsLastHour(), rules.addressVelocity(), FraudReason.ADDRESS_VELOCITY);
        if (s.newDevice()
                && s.kilometresFromLastLocation() >= rules.farKilometres()
                && !s.amount().isLessThan(rules.large())) {
            findings.review(FraudReason.NEW_DEVICE_FAR_LOCATION_LARGE_AMOUNT);
        }
        if (s.usualAmount() != null
                && !s.amount().isLessThan(rules.unusualFloorAmount())
                && s.amount().isGreaterThan(s.usualAmount().times(rules.unusualMultiple()))) {
            findings.review(FraudReason.AMOUNT_FAR_ABOVE_USUAL);
        }
        if (s.customersOnDevice() > rules.sharedDeviceCustomers()
                || s.mostCustomersOnAKnownDevice() > rules.sharedDeviceCustomers()) {
            findings.review(FraudReason.SHARED_DEVICE);
        }
        return findings.assessment();
    }

    /** The reasons found so far, those that decline apart from those that send to review. */
    private static final class Findings {

        private final List<String> decline = new ArrayList<>();
        private final List<String> review = new ArrayList<>();

        void decline(FraudReason reason) {
            decline.add(reason.name());
        }

        void review(FraudReason reason) {
            review.add(reason.name());
        }

        void velocity(int lastHour, Velocity threshold, FraudReason reason) {
            if (lastHour >= threshold.declineFrom()) {
                decline(reason);
            } else if (lastHour >= threshold.reviewFrom()) {
                review(reason);
            }
        }

        Assessment assessment() {
            if (!decline.isEmpty()) {
                List<String> all = new ArrayList<>(decline);
                all.addAll(review);
                return new Assessment(Outcome.DECLINE, all);
            }
            return review.isEmpty()
                    ? new Assessment(Outcome.APPROVE, List.of())
                    : new Assessment(Outcome.REVIEW, review);
        }
    }
}
