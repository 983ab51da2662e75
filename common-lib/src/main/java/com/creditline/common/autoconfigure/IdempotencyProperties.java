package com.creditline.common.autoconfigure;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long an {@code Idempotency-Key} and its answer are kept (Stripe keeps them 24 hours), and
 * after how long a key still in flight counts as abandoned by a replica that died mid-request.
 */
@ConfigurationProperties("creditline.idempotency")
record IdempotencyProperties(
        @DefaultValue("24h") Duration keepFor,
        @DefaultValue("60s") Duration abandonedAfter) {}
