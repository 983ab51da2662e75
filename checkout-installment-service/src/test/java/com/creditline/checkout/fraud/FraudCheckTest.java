package com.creditline.checkout.fraud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditline.checkout.fraud.FraudCheck.Assessment;
import com.creditline.checkout.fraud.FraudCheck.Outcome;
import com.creditline.common.money.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of the fraud check, firing and at its thresholds, with the default rules (docs/fraud.md). */
class FraudCheckTest {

    final FraudCheck check = new FraudCheck(FraudRules.defaults());

    /** An ordinary authorisation, changed one signal at a time. */
    static final class Signals {
        Money amount = Money.of("300.00");
        int customerLastHour = 1;
        int deviceLastHour = 1;
        int addressLastHour = 1;
        boolean deviceBlocked;
        boolean addressBlocked;
        boolean newDevice;
        double kilometres = 3;
        Money usual = Money.of("250.00");
        int customersOnDevice = 1;
        int mostOnKnownDevice = 1;

        FraudSignals build() {
            return new FraudSignals(
                    amount,
                    customerLastHour,
                    deviceLastHour,
                    addressLastHour,
                    deviceBlocked,
                    addressBlocked,
                    newDevice,
                    kilometres,
                    usual,
                    customersOnDevice,
                    mostOnKnownDevice);
        }
    }

    Assessment assess(Signals s) {
        return check.assess(s.build());
    }

    @Test
    void shouldApproveAnOrdinaryOrder() {
        var result = assess(new Signals());
        assertThat(result.outcome()).isEqualTo(Outcome.APPROVE);
        assertThat(result.reasons()).isEmpty();
    }

    @Test
    void shouldDeclineABlockedDevice() {
        var s = new Signals();
        s.deviceBlocked = true;
        var result = assess(s);
        assertThat(result.outcome()).isEqualTo(Outcome.DECLINE);
        assertThat(result.reasons()).containsExactly("BLOCKED_DEVICE");
    }

    @Test
    void shouldDeclineABlockedAddress() {
        var s = new Signals();
        s.addressBlocked = true;
        var result = assess(s);
        assertThat(result.outcome()).isEqualTo(Outcome.DECLINE);
        assertThat(result.reasons()).containsExactly("BLOCKED_ADDRESS");
    }

    /** Defaults: customer 5 review / 10 decline, device 5 / 10, address 10 / 20 in the last hour. */
    @ParameterizedTest(name = "{0} with {1} in the last hour: {2}")
    @CsvSource({
        "VELOCITY, 4, APPROVE",
        "VELOCITY, 5, REVIEW",
        "VELOCITY, 9, REVIEW",
        "VELOCITY, 10, DECLINE",
        "DEVICE_VELOCITY, 4, APPROVE",
        "DEVICE_VELOCITY, 5, REVIEW",
        "DEVICE_VELOCITY, 9, REVIEW",
        "DEVICE_VELOCITY, 10, DECLINE",
        "ADDRESS_VELOCITY, 9, APPROVE",
        "ADDRESS_VELOCITY, 10, REVIEW",
        "ADDRESS_VELOCITY, 19, REVIEW",
        "ADDRESS_VELOCITY, 20, DECLINE"
    })
    void shouldReviewAndThenDeclineABurstOfAuthorisations(FraudReason reason, int lastHour, Outcome expected) {
        var s = new Signals();
        switch (reason) {
            case VELOCITY -> s.customerLastHour = lastHour;
            case DEVICE_VELOCITY -> s.deviceLastHour = lastHour;
            default -> s.addressLastHour = lastHour;
        }
        var result = assess(s);
        assertThat(result.outcome()).isEqualTo(expected);
        if (expected == Outcome.APPROVE) {
            assertThat(result.reasons()).isEmpty();
        } else {
            assertThat(result.reasons()).containsExactly(reason.name());
        }
    }

    @Test
    void shouldReviewANewDeviceFarAwayForALargeAmountButNotASmallOne() {
        var large = new Signals();
        large.newDevice = true;
        large.kilometres = 1200;
        large.amount = Money.of("6000.00");
        large.usual = null;
        var small = new Signals();
        small.newDevice = true;
        small.kilometres = 1200;
        small.amount = Money.of("60.00");

        assertThat(assess(large).outcome()).isEqualTo(Outcome.REVIEW);
        assertThat(assess(large).reasons()).containsExactly("NEW_DEVICE_FAR_LOCATION_LARGE_AMOUNT");
        assertThat(assess(small).outcome()).isEqualTo(Outcome.APPROVE);
    }

    /** Defaults: 500 km and 5,000 yuan, both included; a known device or an unknown distance never fires. */
    @ParameterizedTest(name = "new {0}, {1} km, {2} yuan: {3}")
    @CsvSource({
        "true, 500, 5000.00, REVIEW",
        "true, 499.9, 5000.00, APPROVE",
        "true, 500, 4999.99, APPROVE",
        "false, 5000, 9000.00, APPROVE",
        "true, -1, 9000.00, APPROVE"
    })
    void shouldReviewANewDeviceFromTheFarAndLargeThresholdsOn(
            boolean newDevice, double kilometres, String amount, Outcome expected) {
        var s = new Signals();
        s.newDevice = newDevice;
        s.kilometres = kilometres;
        s.amount = Money.of(amount);
        s.usual = null;
        assertThat(assess(s).outcome()).isEqualTo(expected);
    }

    @Test
    void shouldReviewAnAmountFarAboveTheCustomersUsual() {
        var s = new Signals();
        s.amount = Money.of("2600.00");
        s.usual = Money.of("500.00");
        var result = assess(s);
        assertThat(result.outcome()).isEqualTo(Outcome.REVIEW);
        assertThat(result.reasons()).containsExactly("AMOUNT_FAR_ABOVE_USUAL");
    }

    /** Defaults: above 5 times the usual, from 1,000 yuan on; without history nothing is unusual. */
    @ParameterizedTest(name = "{0} yuan against a usual of {1}: {2}")
    @CsvSource({
        "2500.00, 500.00, APPROVE",
        "2500.01, 500.00, REVIEW",
        "999.99, 100.00, APPROVE",
        "1000.00, 100.00, REVIEW",
        "9000.00, , APPROVE"
    })
    void shouldReviewAnUnusualAmountFromItsThresholdsOn(String amount, String usual, Outcome expected) {
        var s = new Signals();
        s.amount = Money.of(amount);
        s.usual = usual == null ? null : Money.of(usual);
        assertThat(assess(s).outcome()).isEqualTo(expected);
    }

    /** Default: a device used by more than 3 customers is shared, for this order or any of the customer's. */
    @ParameterizedTest(name = "{0} customers on this device, at most {1} on a known one: {2}")
    @CsvSource({"3, 1, APPROVE", "4, 1, REVIEW", "1, 3, APPROVE", "1, 4, REVIEW", "0, 0, APPROVE"})
    void shouldReviewAnOrderTouchingADeviceSharedByManyCustomers(
            int onThisDevice, int mostOnAKnownDevice, Outcome expected) {
        var s = new Signals();
        s.customersOnDevice = onThisDevice;
        s.mostOnKnownDevice = mostOnAKnownDevice;
        var result = assess(s);
        assertThat(result.outcome()).isEqualTo(expected);
        if (expected == Outcome.REVIEW) {
            assertThat(result.reasons()).containsExactly("SHARED_DEVICE");
        }
    }

    @Test
    void shouldDeclineWithEveryReasonThatFiredDeclinesFirst() {
        var s = new Signals();
        s.customersOnDevice = 5;
        s.addressBlocked = true;
        s.customerLastHour = 6;
        s.deviceBlocked = true;
        var result = assess(s);
        assertThat(result.outcome()).isEqualTo(Outcome.DECLINE);
        assertThat(result.reasons()).containsExactly("BLOCKED_DEVICE", "BLOCKED_ADDRESS", "VELOCITY", "SHARED_DEVICE");
    }

    @Test
    void shouldFollowConfiguredThresholds() {
        var strict = new FraudCheck(new FraudRules(
                2, 3, 2, 3, 2, 3, 100, new BigDecimal("100.00"), new BigDecimal("2"), new BigDecimal("10.00"), 1));
        var s = new Signals();
        s.customersOnDevice = 2;
        assertThat(strict.assess(s.build()).reasons()).containsExactly("SHARED_DEVICE");
        s.customersOnDevice = 1;
        s.addressLastHour = 3;
        assertThat(strict.assess(s.build()).outcome()).isEqualTo(Outcome.DECLINE);
    }

    @Test
    void shouldRefuseThresholdsThatCannotWork() {
        assertThatThrownBy(() ->
                        new FraudRules(5, 4, 5, 10, 10, 20, 500, BigDecimal.TEN, BigDecimal.TWO, BigDecimal.ONE, 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        new FraudRules(5, 10, 5, 10, 10, 20, 500, BigDecimal.TEN, BigDecimal.TWO, BigDecimal.ONE, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldMeasureDistancesBetweenCities() {
        // Beijing to Shanghai is about 1,070 km as the crow flies.
        assertThat(DeviceLocation.kilometresBetween(39.9042, 116.4074, 31.2304, 121.4737))
                .isBetween(1000.0, 1150.0);
    }
}
