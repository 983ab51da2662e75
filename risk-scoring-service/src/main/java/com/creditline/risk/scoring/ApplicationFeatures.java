package com.creditline.risk.scoring;

import com.creditline.common.money.Money;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** The behavioural facts an application is scored on. */
public record ApplicationFeatures(
        @NotNull @Min(0) @Max(1200) Integer accountAgeMonths,
        @NotNull @Min(0) @Max(100_000) Integer orders12m,
        @NotNull Money spend12m,
        @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal returnRate,
        @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal onTimePaymentRatio,
        @NotNull @Min(0) @Max(10_000) Integer worstDpd,
        @NotNull Boolean identityVerified,
        @NotNull IncomeBand incomeBand,
        @NotNull @Min(0) @Max(100) Integer devices) {

    /** Declared monthly income, in bands. */
    public enum IncomeBand {
        UNDER_3K,
        FROM_3K_TO_8K,
        FROM_8K_TO_15K,
        FROM_15K_TO_30K,
        OVER_30K
    }
}
