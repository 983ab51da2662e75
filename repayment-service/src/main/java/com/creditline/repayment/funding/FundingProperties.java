package com.creditline.repayment.funding;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Joint lending's settings: the least share of every plan the platform's own lender keeps (30 %,
 * China's rule for joint lending).
 */
@ConfigurationProperties("creditline.funding")
public record FundingProperties(@DefaultValue("0.30") BigDecimal platformMinimumShare) {}
