package com.creditline.checkout.fraud;

import com.creditline.common.money.Money;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The fraud check's thresholds (docs/fraud.md). Velocity counts the authorisations of the hour
 * before this one: from the review threshold on, the order is reviewed; from the decline
 * threshold on, declined.
 *
 * @param reviewFromAuthorisationsPerHour the customer's authorisations in the last hour that send to review
 * @param declineFromAuthorisationsPerHour the customer's authorisations in the last hour that decline
 * @param deviceReviewFromAuthorisationsPerHour the device's authorisations (any customer) that send to review
 * @param deviceDeclineFromAuthorisationsPerHour the device's authorisations (any customer) that decline
 * @param addressReviewFromAuthorisationsPerHour the address's authorisations (any customer) that send to review
 * @param addressDeclineFromAuthorisationsPerHour the address's authorisations (any customer) that decline
 * @param farKilometres how far from the customer's last location a new device is "far"
 * @param largeAmount from this amount on, a new device far away is reviewed
 * @param unusualMultiple an amount above this multiple of the customer's usual order is unusual
 * @param unusualFloor amounts below this are never unusual, whatever the customer's usual
 * @param sharedDeviceCustomers a device used by more customers than this is shared
 */
@ConfigurationProperties("creditline.fraud")
public record FraudRules(
        @DefaultValue("5") int reviewFromAuthorisationsPerHour,
        @DefaultValue("10") int declineFromAuthorisationsPerHour,
        @DefaultValue("5") int deviceReviewFromAuthorisationsPerHour,
        @DefaultValue("10") int deviceDeclineFromAuthorisationsPerHour,
        @DefaultValue("10") int addressReviewFromAuthorisationsPerHour,
        @DefaultValue("20") int addressDeclineFromAuthorisationsPerHour,
        @DefaultValue("500") double farKilometres,
        @DefaultValue("5000.00") BigDecimal largeAmount,
        @DefaultValue("5") BigDecimal unusualMultiple,
        @DefaultValue("1000.00") BigDecimal unusualFloor,
        @DefaultValue("3") int sharedDeviceCustomers) {

    public FraudRules {
        // Each pair of velocity thresholds is checked once, at start-up, rather than at every check.
        new Velocity(reviewFromAuthorisationsPerHour, declineFromAuthorisationsPerHour);
        new Velocity(deviceReviewFromAuthorisationsPerHour, deviceDeclineFromAuthorisationsPerHour);
        new Velocity(addressReviewFromAuthorisationsPerHour, addressDeclineFromAuthorisationsPerHour);
        if (sharedDeviceCustomers < 1) {
            throw new IllegalArgumentException("creditline.fraud.shared-device-customers must be at least 1");
        }
    }

    public static FraudRules defaults() {
        return new FraudRules(
                5,
                10,
                5,
                10,
                10,
                20,
                500,
                new BigDecimal("5000.00"),
                new BigDecimal("5"),
                new BigDecimal("1000.00"),
                3);
    }

    /** A velocity rule: from {@code reviewFrom} authorisations in the last hour review, from {@code declineFrom} decline. */
    record Velocity(int reviewFrom, int declineFrom) {

        Velocity {
            if (reviewFrom < 1 || declineFrom < reviewFrom) {
                throw new IllegalArgumentException("a velocity threshold needs 1 <= review-from <= decline-from, not "
                        + reviewFrom + " and " + declineFrom);
            }
        }
    }

    Velocity customerVelocity() {
        return new Velocity(reviewFromAuthorisationsPerHour, declineFromAuthorisationsPerHour);
    }

    Velocity deviceVelocity() {
        return new Velocity(deviceReviewFromAuthorisationsPerHour, deviceDeclineFromAuthorisationsPerHour);
    }

    Velocity addressVelocity() {
        return new Velocity(addressReviewFromAuthorisationsPerHour, addressDeclineFromAuthorisationsPerHour);
    }

    Money large() {
        return Money.of(largeAmount);
    }

    Money unusualFloorAmount() {
        return Money.of(unusualFloor);
    }
}
