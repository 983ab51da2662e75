package com.creditline.checkout.webhook.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditline.common.id.PartnerId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    final RetrySchedule defaults = new RetrySchedule(Duration.ofSeconds(10), Duration.ofHours(1), 12);

    @Test
    void shouldWaitTenSecondsDoublingUpToAnHourAndStopAfterTwelveAttempts() {
        List<Long> waits = new ArrayList<>();
        for (int attempts = 1; attempts < 12; attempts++) {
            waits.add(defaults.waitAfter(attempts).orElseThrow().toSeconds());
        }

        assertThat(waits).containsExactly(10L, 20L, 40L, 80L, 160L, 320L, 640L, 1280L, 2560L, 3600L, 3600L);
        assertThat(defaults.waitAfter(12)).isEmpty();
        assertThat(defaults.waitAfter(1_000)).isEmpty();
    }

    @Test
    void shouldRefuseAScheduleThatCannotWork() {
        assertThatThrownBy(() -> new RetrySchedule(Duration.ZERO, Duration.ofHours(1), 12))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrySchedule(Duration.ofMinutes(2), Duration.ofMinutes(1), 12))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrySchedule(Duration.ofSeconds(1), Duration.ofMinutes(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldMoveADeliveryThroughItsAttemptsToFailedAndNeverBack() {
        Instant start = Instant.parse("2026-11-22T10:00:00Z");
        WebhookDelivery delivery = WebhookDelivery.pending(
                UUID.randomUUID(), PartnerId.of("P-1"), WebhookEventType.ORDER_AUTHORISED, "{}", start);
        Instant now = start;
        for (int attempt = 1; attempt < 12; attempt++) {
            assertThat(delivery.attemptFailed("HTTP 500", now, defaults)).isFalse();
            assertThat(delivery.nextAttemptAt()).isAfter(now);
            now = delivery.nextAttemptAt();
        }
        assertThat(delivery.attemptFailed("timeout", now, defaults)).isTrue();

        assertThat(delivery.status()).isEqualTo(WebhookDelivery.Status.FAILED);
        assertThat(delivery.attempts()).isEqualTo(12);
        assertThat(Duration.between(start, now))
                .isEqualTo(Duration.ofSeconds(10 + 20 + 40 + 80 + 160 + 320 + 640 + 1280 + 2560 + 3600 + 3600));
        assertThatThrownBy(() -> delivery.delivered("HTTP 200", Instant.now()))
                .isInstanceOf(IllegalStateException.class);
    }
}
