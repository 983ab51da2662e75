package com.creditline.repayment.endofday;

import com.creditline.repayment.plan.model.LateFeePolicy;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The late-fee rules' settings (DOMAIN.md defaults), as {@link LateFeePolicy} applies them: no fee
 * for the first {@code graceDays} days past due, then {@code dailyRate} a day on the overdue
 * principal and fee, while the plan's cost stays within {@code aprCap} a year of the principal
 * actually outstanding (see docs/repayment.md).
 */
@ConfigurationProperties("creditline.repayment.late-fees")
record LateFeeSettings(
        @DefaultValue("3") int graceDays,
        @DefaultValue("0.0005") BigDecimal dailyRate,
        @DefaultValue("0.24") BigDecimal aprCap) {

    LateFeePolicy policy() {
        return new LateFeePolicy(graceDays, dailyRate, aprCap);
    }
}
