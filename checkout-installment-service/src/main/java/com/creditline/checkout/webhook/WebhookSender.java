package com.creditline.checkout.webhook;

import com.creditline.checkout.webhook.model.WebhookDelivery;
import com.creditline.checkout.webhook.model.WebhookEventType;
import com.creditline.checkout.webhook.model.WebhookSignature;
import com.creditline.common.id.PartnerId;
import com.creditline.common.time.BusinessClock;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Posts due deliveries to partners' endpoints, signed. Each round claims a few due rows with
 * {@code FOR UPDATE SKIP LOCKED} (so replicas share the work) and moves them a lease into the
 * future before committing, so no database connection is held while a partner answers; the
 * outcome is recorded afterwards. A process dying mid-send leaves the row due again once the lease
 * ends: delivery is at least once, and partners de-duplicate by the delivery id.
 *
 * <p>The HTTP client is a plain JDK client (2 s connect, 5 s for the exchange, no redirects
 * followed) that carries nothing but the delivery: never a platform token.
 */
@Component
class WebhookSender {

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

    static final String ID_HEADER = "Creditline-Webhook-Id";
    static final String TIMESTAMP_HEADER = "Creditline-Timestamp";
    static final String SIGNATURE_HEADER = "Creditline-Signature";

    /** What one claimed delivery needs on its way out. */
    private record Outgoing(
            UUID id, PartnerId partnerId, WebhookEventType type, String url, List<String> secrets, String payload) {}

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final WebhookDeliveries deliveries;
    private final PartnerWebhooks webhooks;
    private final WebhookProperties properties;
    private final BusinessClock clock;
    private final MeterRegistry meters;
    private final HttpClient http;

    WebhookSender(
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            WebhookDeliveries deliveries,
            PartnerWebhooks webhooks,
            WebhookProperties properties,
            BusinessClock clock,
            MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.deliveries = deliveries;
        this.webhooks = webhooks;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    @Scheduled(
            fixedDelayString = "${creditline.webhooks.poll-interval:1s}",
            initialDelayString = "${creditline.webhooks.initial-delay:5s}")
    @SchedulerLock(
            name = "webhook-sending",
            lockAtLeastFor = "${creditline.webhooks.poll-interval:1s}",
            lockAtMostFor = "5m")
    void sendDue() {
        List<Outgoing> due;
        try {
            due = claim();
        } catch (RuntimeException e) {
            log.warn("could not claim webhook deliveries: {}", e.getClass().getSimpleName());
            return;
        }
        if (due.isEmpty()) {
            return;
        }
        try (ExecutorService sending = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Outgoing delivery : due) {
                sending.submit(() -> deliver(delivery));
            }
        }
    }

    /** Due deliveries, claimed for the lease: a few, oldest due first, none another sender holds. */
    private List<Outgoing> claim() {
        List<Outgoing> claimed = transactions.execute(tx -> {
            Instant now = clock.now();
            List<UUID> ids = jdbc.queryForList(
                    "SELECT delivery_id FROM webhook_delivery WHERE status = 'PENDING' AND next_attempt_at <= ?"
                            + " ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED",
                    UUID.class,
                    Timestamp.from(now),
                    properties.batchSize());
            if (ids.isEmpty()) {
                return List.of();
            }
            jdbc.update(
                    "UPDATE webhook_delivery SET next_attempt_at = ? WHERE delivery_id = ANY (?)",
                    Timestamp.from(now.plus(properties.claimLease())),
                    ids.toArray(UUID[]::new));
            return deliveries.findAllById(ids).stream()
                    .map(d -> webhooks.findById(d.partnerId())
                            .map(w -> new Outgoing(
                                    d.deliveryId(),
                                    d.partnerId(),
                                    d.eventType(),
                                    w.url(),
                                    w.signingSecrets(now),
                                    d.payload()))
                            .orElse(null))
                    .filter(java.util.Objects::nonNull)
                    .toList();
        });
        return claimed == null ? List.of() : claimed;
    }

    private void deliver(Outgoing delivery) {
        String outcome;
        boolean success = false;
        try {
            long timestamp = clock.now().getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url()))
                    .timeout(properties.readTimeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "creditline-webhooks/1")
                    .header(ID_HEADER, delivery.id().toString())
                    .header(TIMESTAMP_HEADER, Long.toString(timestamp))
                    .header(
                            SIGNATURE_HEADER,
                            WebhookSignature.header(timestamp, delivery.payload(), delivery.secrets()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8))
                    .build();
            int status =
                    http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            success = status >= 200 && status < 300;
            outcome = "HTTP " + status;
        } catch (HttpConnectTimeoutException e) {
            outcome = "connect timeout";
        } catch (HttpTimeoutException e) {
            outcome = "timeout";
        } catch (ConnectException e) {
            outcome = "connection refused";
        } catch (IOException | RuntimeException e) {
            outcome = "failed: " + e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome = "interrupted";
        }
        try {
            record(delivery, success, outcome);
        } catch (RuntimeException e) {
            // The row stays claimed until its lease ends, then it is sent again (at least once).
            log.warn(
                    "could not record the outcome of webhook delivery {}: {}",
                    delivery.id(),
                    e.getClass().getSimpleName());
        }
    }

    private void record(Outgoing delivery, boolean success, String outcome) {
        transactions.executeWithoutResult(tx -> deliveries
                .findById(delivery.id())
                .filter(WebhookDelivery::isPending)
                .ifPresent(d -> {
                    Instant now = clock.now();
                    if (success) {
                        d.delivered(outcome, now);
                        count(delivery, "delivered");
                    } else if (d.attemptFailed(outcome, now, properties.retries())) {
                        count(delivery, "failed");
                        log.warn(
                                "gave up webhook delivery {} ({}) to partner {} at {} after {} attempts; last: {}",
                                delivery.id(),
                                delivery.type(),
                                delivery.partnerId(),
                                hostOf(delivery.url()),
                                d.attempts(),
                                outcome);
                    } else {
                        count(delivery, "retried");
                        log.info(
                                "webhook delivery {} to partner {} failed ({}); attempt {} of {}, next at {}",
                                delivery.id(),
                                delivery.partnerId(),
                                outcome,
                                d.attempts(),
                                properties.maxAttempts(),
                                d.nextAttemptAt());
                    }
                }));
    }

    private void count(Outgoing delivery, String outcome) {
        meters.counter(
                        "webhook.deliveries",
                        "outcome",
                        outcome,
                        "partner",
                        delivery.partnerId().value())
                .increment();
    }

    /** Only scheme, host and port reach the logs: a URL's path or query may carry a partner's token. */
    static String hostOf(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    /** Finished deliveries are kept for a while for ops, then dropped. */
    @Scheduled(fixedDelayString = "${creditline.webhooks.purge-interval:1h}", initialDelay = 60_000)
    @SchedulerLock(
            name = "webhook-purge",
            lockAtLeastFor = "${creditline.webhooks.purge-interval:1h}",
            lockAtMostFor = "2h")
    void purgeFinished() {
        int purged = jdbc.update(
                "DELETE FROM webhook_delivery WHERE status <> 'PENDING' AND created_at < ?",
                Timestamp.from(clock.now().minus(properties.retention())));
        if (purged > 0) {
            log.info("purged {} finished webhook deliveries", purged);
        }
    }
}
