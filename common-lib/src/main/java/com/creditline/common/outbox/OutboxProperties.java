package com.creditline.common.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the relay works: how often it looks for unsent events, how many it sends at once, how long
 * it waits for Kafka to acknowledge them, and how long sent rows are kept.
 */
@ConfigurationProperties("creditline.outbox")
public record OutboxProperties(
        @DefaultValue("true") boolean relayEnabled,
        @DefaultValue("200ms") Duration pollInterval,
        @DefaultValue("5s") Duration backoffWhenKafkaDown,
        @DefaultValue("200") int batchSize,
        @DefaultValue("10s") Duration sendTimeout,
        @DefaultValue("7d") Duration keepSent) {}
