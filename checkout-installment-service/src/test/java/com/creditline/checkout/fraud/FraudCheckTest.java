package com.creditline.checkout.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.money.Money;
import org.junit.jupiter.api.Test;

class FraudCheckTest {

    final FraudCheck check = new FraudCheck(FraudRules.defaults());

    @Test
    void shouldApproveAnOrdinaryOrder() {
        var result = check.assess(new FraudSignals(Money.of("300.00"), 1, false, false, 3, Money.of("250.00")));
        assertThat(result.outcome()).isEqualTo(FraudCheck.Outcome.APPROVE);
        assertThat(result.reasons()).isEmpty();
    }

    @Test
    void shouldDeclineABlockedDevice() {
        var result = check.assess(new FraudSignals(Money.of("30.00"), 0, true, false, -1, null));
        assertThat(result.outcome()).isEqualTo(FraudCheck.Outcome.DECLINE);
        assertThat(result.reasons()).containsExactly("BLOCKED_DEVICE");
    }

    @Test
    void shouldReviewABurstOfOrdersAndDeclineALargerOne() {
        assertThat(check.assess(new FraudSignals(Money.of("30.00"), 5, false, false, -1, null))
                        .outcome())
                .isEqualTo(FraudCheck.Outcome.REVIEW);
        assertThat(check.assess(new FraudSignals(Money.of("30.00"), 10, false, false, -1, null))
                        .outcome())
                .isEqualTo(FraudCheck.Outcome.DECLINE);
    }

    @Test
    void shouldReviewANewDeviceFarAwayForALargeAmountButNotASmallOne() {
        var large = check.assess(new FraudSignals(Money.of("6000.00"), 0, false, true, 1200, null));
        var small = check.assess(new FraudSignals(Money.of("60.00"), 0, false, true, 1200, null));
        assertThat(large.outcome()).isEqualTo(FraudCheck.Outcome.REVIEW);
        assertThat(large.reasons()).containsExactly("NEW_DEVICE_FAR_LOCATION_LARGE_AMOUNT");
        assertThat(small.outcome()).isEqualTo(FraudCheck.Outcome.APPROVE);
    }

    @Test
    void shouldReviewAnAmountFarAboveTheCustomersUsual() {
        var result = check.assess(new FraudSignals(Money.of("2600.00"), 0, false, false, -1, Money.of("500.00")));
        assertThat(result.outcome()).isEqualTo(FraudCheck.Outcome.REVIEW);
        assertThat(result.reasons()).containsExactly("AMOUNT_FAR_ABOVE_USUAL");
    }

    @Test
    void shouldMeasureDistancesBetweenCities() {
        // Beijing to Shanghai is about 1,070 km as the crow flies.
        assertThat(DeviceLocation.kilometresBetween(39.9042, 116.4074, 31.2304, 121.4737))
                .isBetween(1000.0, 1150.0);
    }
}
