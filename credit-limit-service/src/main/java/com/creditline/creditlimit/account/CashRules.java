package com.creditline.creditlimit.account;

import com.creditline.creditlimit.account.model.CashShare;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much of a line may be drawn as cash: {@code creditline.cash.limit-share} of the effective
 * limit (0 to 1, 0.5 by default). A share outside 0 to 1 stops the service at start.
 */
@ConfigurationProperties("creditline.cash")
public record CashRules(@DefaultValue("0.5") BigDecimal limitShare) {

    public CashRules {
        new CashShare(limitShare); // refuses a share outside 0 to 1 when the service starts
    }

    public CashShare share() {
        return new CashShare(limitShare);
    }
}
