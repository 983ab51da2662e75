package com.creditline.checkout.cash;

import com.creditline.checkout.cash.model.CashDrawId;
import com.creditline.common.time.BusinessClock;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The local stand-in for a payout provider, for both products: it records each instruction, and a job confirms as
 * paid those instructed longer ago than {@code creditline.cash.local-payout-delay} that nobody has
 * answered yet. Several instances share the work: an instruction is claimed FOR UPDATE SKIP LOCKED,
 * and its answer is recorded in the same transaction, so it is answered once.
 */
@Component
class LocalPayoutProvider implements CashPayouts {

    private static final Logger log = LoggerFactory.getLogger(LocalPayoutProvider.class);
    private static final int BATCH = 20;

    private final JdbcTemplate jdbc;
    private final PayoutSettlement settlement;
    private final CashProperties properties;
    private final BusinessClock clock;
    private final TransactionTemplate transactions;

    LocalPayoutProvider(
            JdbcTemplate jdbc,
            PayoutSettlement settlement,
            CashProperties properties,
            BusinessClock clock,
            TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.settlement = settlement;
        this.properties = properties;
        this.clock = clock;
        this.transactions = transactions;
    }

    @Override
    public void instruct(PayoutInstruction instruction) {
        jdbc.update(
                "INSERT INTO cash_payout_instruction (draw_id, bank_account_id, merchant_id, amount, instructed_at)"
                        + " VALUES (?, ?, ?, ?, ?)",
                instruction.drawId().value(),
                instruction.bankAccountId() == null
                        ? null
                        : instruction.bankAccountId().value(),
                instruction.merchantId() == null
                        ? null
                        : instruction.merchantId().value(),
                instruction.amount().amount(),
                Timestamp.from(clock.now()));
    }

    @Scheduled(fixedDelayString = "${creditline.cash.local-payout-poll:1s}", initialDelay = 1_000)
    @SchedulerLock(
            name = "cash-payouts",
            lockAtLeastFor = "${creditline.cash.local-payout-poll:1s}",
            lockAtMostFor = "5m")
    void confirmPaid() {
        List<UUID> answered = transactions.execute(tx -> {
            List<UUID> due = jdbc.queryForList(
                    "SELECT i.draw_id FROM cash_payout_instruction i JOIN cash_draw d ON d.draw_id = i.draw_id"
                            + " WHERE i.answered_at IS NULL AND i.instructed_at < ? AND d.payout_paid IS NULL"
                            + " ORDER BY i.instructed_at LIMIT " + BATCH + " FOR UPDATE OF i SKIP LOCKED",
                    UUID.class,
                    Timestamp.from(clock.now().minus(properties.localPayoutDelay())));
            for (UUID drawId : due) {
                settlement.record(new CashDrawId(drawId), true, null);
                jdbc.update(
                        "UPDATE cash_payout_instruction SET answered_at = ? WHERE draw_id = ?",
                        Timestamp.from(clock.now()),
                        drawId);
            }
            return due;
        });
        for (UUID drawId : answered) {
            try {
                settlement.settle(new CashDrawId(drawId));
            } catch (RuntimeException e) {
                log.warn("a paid-out draw is not settled yet; recovery retries: {}", e.toString());
            }
        }
    }
}
