package com.creditline.creditlimit.account;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The configurable rules of the line: how long a hold lives, how much six on-time installments
 * raise the limit, and from how many days past due delinquency cuts the limit to what is owed.
 */
@ConfigurationProperties("creditline.credit-line")
public record CreditLineRules(
        @DefaultValue("30") int holdLifetimeDays,
        @DefaultValue("0.10") BigDecimal onTimeStreakRaise,
        @DefaultValue("31") int cutLimitFromDaysPastDue) {}
