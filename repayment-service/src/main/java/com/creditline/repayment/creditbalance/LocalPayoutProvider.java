package com.creditline.repayment.creditbalance;

import com.creditline.common.time.BusinessClock;
import com.creditline.repayment.creditbalance.model.Payout;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The local stand-in for the payout provider: it confirms each requested payout as paid once it is
 * older than the configured delay. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so replicas
 * share the work and none is confirmed twice.
 */
@Component
class LocalPayoutProvider {

    private static final Logger log = LoggerFactory.getLogger(LocalPayoutProvider.class);

    private final Payouts payouts;
    private final CreditBalancePayingOut payingOut;
    private final PayoutProperties properties;
    private final TransactionTemplate transactions;
    private final BusinessClock clock;

    LocalPayoutProvider(
            Payouts payouts,
            CreditBalancePayingOut payingOut,
            PayoutProperties properties,
            TransactionTemplate transactions,
            BusinessClock clock) {
        this.payouts = payouts;
        this.payingOut = payingOut;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${creditline.payouts.local.every:10s}", initialDelay = 10_000)
    @SchedulerLock(
            name = "credit-balance-payouts",
            lockAtLeastFor = "${creditline.payouts.local.every:10s}",
            lockAtMostFor = "5m")
    void confirmRequested() {
        if (!properties.autoConfirm()) {
            return;
        }
        Integer confirmed = transactions.execute(status -> {
            var due = payouts.claimRequestedBefore(clock.now().minus(properties.confirmAfter()));
            for (Payout payout : due) {
                payingOut.decide(payout.id(), true, null);
            }
            return due.size();
        });
        if (confirmed != null && confirmed > 0) {
            log.info("local payout provider: {} payouts confirmed as paid", confirmed);
        }
    }
}
