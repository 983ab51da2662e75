package com.creditline.creditlimit.account;

import com.creditline.common.money.Money;
import com.creditline.creditlimit.account.model.MerchantLimits;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A merchant line's written limits: {@code creditline.merchant-lines.minimum-limit} and
 * {@code maximum-limit} in yuan (10,000 and 1,000,000 by default). Limits out of order stop the
 * service at start.
 */
@ConfigurationProperties("creditline.merchant-lines")
public record MerchantLineRules(
        @DefaultValue("10000") BigDecimal minimumLimit,
        @DefaultValue("1000000") BigDecimal maximumLimit) {

    public MerchantLineRules {
        limitsOf(minimumLimit, maximumLimit); // refuses limits out of order when the service starts
    }

    public MerchantLimits limits() {
        return limitsOf(minimumLimit, maximumLimit);
    }

    private static MerchantLimits limitsOf(BigDecimal minimum, BigDecimal maximum) {
        return new MerchantLimits(Money.of(minimum), Money.of(maximum));
    }
}
