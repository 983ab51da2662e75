package com.creditline.common.autoconfigure;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The inbox's consumer group (the service's name when not set) and how a failing message is
 * retried before it is dead-lettered.
 */
@ConfigurationProperties("creditline.inbox")
record InboxProperties(
        String groupId,
        @DefaultValue("500ms") Duration retryInterval,
        @DefaultValue("3") int retries) {}
