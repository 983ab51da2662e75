package com.creditline.common.autoconfigure;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The platform's zone (where dates are counted) and how long a replica may remember the business
 * date it read before asking its database again: it may lag the database by that long, never lead
 * it (docs/repayment.md, "The business date").
 */
@ConfigurationProperties("creditline.business-date")
record BusinessDateProperties(
        @DefaultValue("Asia/Shanghai") ZoneId zone,
        @DefaultValue("1s") Duration cacheFor) {}
