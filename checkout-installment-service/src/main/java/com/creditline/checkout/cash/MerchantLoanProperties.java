package com.creditline.checkout.cash;

import com.creditline.checkout.pricing.Grade;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Merchant draws' configurable terms (docs/products.md, merchant loans).
 *
 * @param minimumAmount the smallest draw, in yuan
 * @param installmentCounts the monthly installment counts on offer
 * @param dailyRates the daily interest rate by the merchant line's grade; a grade without one draws nothing
 * @param minimumSweepShare the smallest share of daily sales a merchant may have swept to its plan
 * @param maximumSweepShare the largest such share
 */
@ConfigurationProperties("creditline.merchant-loans")
record MerchantLoanProperties(
        @DefaultValue("1000.00") BigDecimal minimumAmount,
        @DefaultValue({"3", "6", "12"}) List<Integer> installmentCounts,
        Map<Grade, BigDecimal> dailyRates,
        @DefaultValue("0.01") BigDecimal minimumSweepShare,
        @DefaultValue("0.50") BigDecimal maximumSweepShare) {

    MerchantLoanProperties {
        dailyRates = dailyRates == null || dailyRates.isEmpty()
                ? Map.of(
                        Grade.A, new BigDecimal("0.0003"),
                        Grade.B, new BigDecimal("0.0004"),
                        Grade.C, new BigDecimal("0.0005"),
                        Grade.D, new BigDecimal("0.0006"))
                : dailyRates;
    }
}
