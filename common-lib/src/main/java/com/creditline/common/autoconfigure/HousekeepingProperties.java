package com.creditline.common.autoconfigure;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How often housekeeping removes sent outbox rows and expired idempotency keys. */
@ConfigurationProperties("creditline.housekeeping")
record HousekeepingProperties(@DefaultValue("1h") Duration every) {}
