package com.creditline.checkout.cash;

import com.creditline.checkout.pricing.Grade;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Cash draws' configurable terms (docs/products.md).
 *
 * @param minimumAmount the smallest draw, in yuan
 * @param installmentCounts the monthly installment counts on offer
 * @param dailyRates the daily interest rate by grade; a grade without one draws no cash
 * @param minimumMonthsOnBook whole months a line must be open before it draws cash
 * @param localPayoutDelay the local stand-in provider confirms a payout once instructed this long ago
 */
@ConfigurationProperties("creditline.cash")
record CashProperties(
        @DefaultValue("500.00") BigDecimal minimumAmount,
        @DefaultValue({"3", "6", "12"}) List<Integer> installmentCounts,
        Map<Grade, BigDecimal> dailyRates,
        @DefaultValue("3") int minimumMonthsOnBook,
        @DefaultValue("10s") Duration localPayoutDelay) {

    CashProperties {
        dailyRates = dailyRates == null || dailyRates.isEmpty()
                ? Map.of(
                        Grade.A,
                        new BigDecimal("0.0002"),
                        Grade.B,
                        new BigDecimal("0.0003"),
                        Grade.C,
                        new BigDecimal("0.0004"))
                : dailyRates;
    }
}
