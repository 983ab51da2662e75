package com.creditline.checkout.order;

import com.creditline.checkout.order.model.CaptureIntent;
import com.creditline.checkout.order.model.FinancedOrder;
import com.creditline.common.time.BusinessClock;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finishes or undoes what a dying process left between a call to the credit line and its local
 * record: authorisations still AUTHORISING are undone (hold released), capture intents not
 * completed are finished (the line captures again, idempotently, and the plan is recorded).
 * Runs every 30 seconds on steps older than a minute.
 */
@Component
class OrderRecovery {

    private static final Logger log = LoggerFactory.getLogger(OrderRecovery.class);

    private final OrderAuthorisation authorisation;
    private final OrderCapture capture;
    private final FinancedOrders orders;
    private final CaptureIntents intents;
    private final BusinessClock clock;
    private final Duration olderThan;

    OrderRecovery(
            OrderAuthorisation authorisation,
            OrderCapture capture,
            FinancedOrders orders,
            CaptureIntents intents,
            BusinessClock clock,
            @Value("${creditline.recovery.older-than:60s}") Duration olderThan) {
        this.authorisation = authorisation;
        this.capture = capture;
        this.orders = orders;
        this.intents = intents;
        this.clock = clock;
        this.olderThan = olderThan;
    }

    @Scheduled(fixedDelayString = "${creditline.recovery.interval:30s}", initialDelay = 15_000)
    @SchedulerLock(
            name = "order-recovery",
            lockAtLeastFor = "${creditline.recovery.interval:30s}",
            lockAtMostFor = "15m")
    void recover() {
        var before = clock.now().minus(olderThan);
        for (FinancedOrder order : orders.findAuthorisingBefore(before)) {
            RecoveryAttempt.attempt(log, "authorisation", () -> authorisation.recover(order.orderId()));
        }
        for (CaptureIntent intent : intents.findUnfinishedBefore(before)) {
            RecoveryAttempt.attempt(log, "capture", () -> capture.recover(intent.captureId()));
        }
    }
}
