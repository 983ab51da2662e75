package com.creditline.repayment.funding;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Joint lending's settings.
 *
 * @param platformMinimumShare the least share of every joint loan the platform's own lender keeps
 *     (China's rule for joint lending: 30%); a funder's maximum share is at most 1 minus it
 */
@Validated
@ConfigurationProperties("creditline.funding")
public record FundingProperties(
        @NotNull @DecimalMin("0") @DecimalMax(value = "1", inclusive = false) @DefaultValue("0.30")
        BigDecimal platformMinimumShare) {}
