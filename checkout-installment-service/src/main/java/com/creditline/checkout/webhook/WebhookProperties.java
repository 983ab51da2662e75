package com.creditline.checkout.webhook;

import com.creditline.checkout.webhook.model.RetrySchedule;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How webhooks are sent (application.yml, {@code creditline.webhooks}).
 *
 * @param pollInterval how often the sender looks for due deliveries
 * @param batchSize how many deliveries one round claims
 * @param firstRetry the wait after the first failed attempt; it doubles after each further one
 * @param maxRetry the longest wait between two attempts
 * @param maxAttempts attempts before a delivery is given up (FAILED)
 * @param connectTimeout connecting to the partner's endpoint
 * @param readTimeout the whole exchange once connected
 * @param claimLease how long a claimed delivery is kept from other senders while it is in flight
 * @param previousSecretGrace how long after a rotation deliveries are also signed with the old secret
 * @param allowPlainHttp accept {@code http://} endpoints (local development and tests only)
 * @param retention how long finished deliveries are kept
 */
@ConfigurationProperties("creditline.webhooks")
record WebhookProperties(
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("5") int batchSize,
        @DefaultValue("10s") Duration firstRetry,
        @DefaultValue("1h") Duration maxRetry,
        @DefaultValue("12") int maxAttempts,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("5s") Duration readTimeout,
        @DefaultValue("60s") Duration claimLease,
        @DefaultValue("24h") Duration previousSecretGrace,
        @DefaultValue("false") boolean allowPlainHttp,
        @DefaultValue("30d") Duration retention) {

    RetrySchedule retries() {
        return new RetrySchedule(firstRetry, maxRetry, maxAttempts);
    }
}
