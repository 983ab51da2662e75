package com.creditline.risk.merchant;

import com.creditline.common.money.Money;
import com.creditline.risk.merchant.model.MerchantLineRules;
import com.creditline.risk.scoring.Grade;
import java.math.BigDecimal;
import java.time.Period;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The written rules of merchant lines: each grade's share of net sales (a grade without one is
 * declined), the smallest and largest line in yuan, how long after a decision a merchant waits to
 * apply again, and the merchant scorecard artifact.
 */
@ConfigurationProperties("creditline.merchant-lines")
record MerchantLinesProperties(
        Map<Grade, BigDecimal> shares,
        @DefaultValue("10000") BigDecimal minimumLimit,
        @DefaultValue("1000000") BigDecimal maximumLimit,
        @DefaultValue("P30D") Period coolOff,

        @DefaultValue("classpath:scorecards/merchant-expert-v1.json")
        String scorecard) {

    MerchantLinesProperties {
        shares = shares == null
                ? Map.of(
                        Grade.A, new BigDecimal("0.30"),
                        Grade.B, new BigDecimal("0.25"),
                        Grade.C, new BigDecimal("0.20"),
                        Grade.D, new BigDecimal("0.10"))
                : Map.copyOf(shares);
    }

    MerchantLineRules rules() {
        return new MerchantLineRules(shares, Money.of(minimumLimit), Money.of(maximumLimit));
    }
}
