package com.creditline.checkout.cash;

import com.creditline.checkout.cash.model.CashDraw;
import com.creditline.checkout.order.RecoveryAttempt;
import com.creditline.common.time.BusinessClock;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finishes or undoes what a dying process left of a draw, as OrderRecovery does for orders: a draw
 * still waiting for its hold is undone (hold released, draw forgotten); a draw whose payout was
 * answered but not settled is settled (the line captures or releases again, idempotently). Runs
 * with the order recovery's interval, on steps older than its age.
 */
@Component
class CashRecovery {

    private static final Logger log = LoggerFactory.getLogger(CashRecovery.class);

    private final CashDrawing drawing;
    private final PayoutSettlement settlement;
    private final CashDraws draws;
    private final BusinessClock clock;
    private final Duration olderThan;

    CashRecovery(
            CashDrawing drawing,
            PayoutSettlement settlement,
            CashDraws draws,
            BusinessClock clock,
            @Value("${creditline.recovery.older-than:60s}") Duration olderThan) {
        this.drawing = drawing;
        this.settlement = settlement;
        this.draws = draws;
        this.clock = clock;
        this.olderThan = olderThan;
    }

    /** One replica a tick (docs/replicas.md); tests call {@link #recover()} itself, without the lock. */
    @Scheduled(fixedDelayString = "${creditline.recovery.interval:30s}", initialDelay = 20_000)
    @SchedulerLock(
            name = "cash-recovery",
            lockAtLeastFor = "${creditline.recovery.interval:30s}",
            lockAtMostFor = "15m")
    void onSchedule() {
        recover();
    }

    void recover() {
        var before = clock.now().minus(olderThan);
        for (CashDraw draw : draws.findHoldingBefore(before)) {
            RecoveryAttempt.attempt(log, "draw's hold", () -> drawing.recover(draw.drawId()));
        }
        for (CashDraw draw : draws.findAnsweredBefore(before)) {
            RecoveryAttempt.attempt(log, "draw's settlement", () -> settlement.settle(draw.drawId()));
        }
    }
}
