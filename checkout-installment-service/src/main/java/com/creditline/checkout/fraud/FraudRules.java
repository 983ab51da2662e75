package com.creditline.checkout.fraud;

import com.creditline.common.money.Money;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The fraud check's thresholds (docs/fraud.md). */
@ConfigurationProperties("creditline.fraud")
public record FraudRules(
        @DefaultValue("5") int reviewFromAuthorisationsPerHour,
        @DefaultValue("10") int declineFromAuthorisationsPerHour,
        @DefaultValue("500") double farKilometres,
        @DefaultValue("5000.00") BigDecimal largeAmount,
        @DefaultValue("5") BigDecimal unusualMultiple,
        @DefaultValue("1000.00") BigDecimal unusualFloor) {

    public static FraudRules defaults() {
        return new FraudRules(5, 10, 500, new BigDecimal("5000.00"), new BigDecimal("5"), new BigDecimal("1000.00"));
    }

    Money large() {
        return Money.of(largeAmount);
    }

    Money unusualFloorAmount() {
        return Money.of(unusualFloor);
    }
}
