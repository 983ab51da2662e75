package com.creditline.checkout.webhook.model;

import com.creditline.common.id.PartnerId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One event for one partner and its delivery: PENDING until the partner's endpoint answers 2xx
 * (DELIVERED), tried again on the retry schedule after each failure, FAILED when the schedule is
 * over. The payload is the exact body that is signed and sent, the same on every attempt.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    public enum Status {
        PENDING,
        DELIVERED,
        FAILED
    }

    @Id
    private UUID deliveryId;

    private PartnerId partnerId;
    private WebhookEventType eventType;
    private String payload;

    @Enumerated(EnumType.STRING)
    private Status status;

    private int attempts;
    private Instant nextAttemptAt;
    private Instant lastAttemptAt;
    private String lastOutcome;
    private Instant deliveredAt;
    private Instant createdAt;

    protected WebhookDelivery() {}

    public static WebhookDelivery pending(
            UUID deliveryId, PartnerId partnerId, WebhookEventType eventType, String payload, Instant at) {
        WebhookDelivery delivery = new WebhookDelivery();
        delivery.deliveryId = Objects.requireNonNull(deliveryId, "deliveryId");
        delivery.partnerId = Objects.requireNonNull(partnerId, "partnerId");
        delivery.eventType = Objects.requireNonNull(eventType, "eventType");
        delivery.payload = Objects.requireNonNull(payload, "payload");
        delivery.status = Status.PENDING;
        delivery.nextAttemptAt = at;
        delivery.createdAt = at;
        return delivery;
    }

    /** The partner's endpoint took it. */
    public void delivered(String outcome, Instant at) {
        requirePending();
        attempts++;
        status = Status.DELIVERED;
        lastAttemptAt = at;
        lastOutcome = outcome;
        deliveredAt = at;
        nextAttemptAt = at;
    }

    /** An attempt failed: try again on the schedule, or give up; true when given up. */
    public boolean attemptFailed(String outcome, Instant at, RetrySchedule retries) {
        requirePending();
        attempts++;
        lastAttemptAt = at;
        lastOutcome = outcome;
        Optional<Duration> wait = retries.waitAfter(attempts);
        if (wait.isEmpty()) {
            status = Status.FAILED;
            return true;
        }
        nextAttemptAt = at.plus(wait.get());
        return false;
    }

    private void requirePending() {
        if (status != Status.PENDING) {
            throw new IllegalStateException("the delivery is already " + status);
        }
    }

    public boolean isPending() {
        return status == Status.PENDING;
    }

    public UUID deliveryId() {
        return deliveryId;
    }

    public PartnerId partnerId() {
        return partnerId;
    }

    public WebhookEventType eventType() {
        return eventType;
    }

    public String payload() {
        return payload;
    }

    public Status status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant lastAttemptAt() {
        return lastAttemptAt;
    }

    public String lastOutcome() {
        return lastOutcome;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
