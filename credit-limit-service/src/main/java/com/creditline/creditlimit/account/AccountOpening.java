package com.creditline.creditlimit.account;

import com.creditline.common.event.EventEnvelope;
import com.creditline.common.inbox.EventHandler;
import com.creditline.common.time.BusinessClock;
import com.creditline.events.risk.CreditApplicationApproved;
import com.creditline.events.risk.RiskTopics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Opens a credit account when risk approves an application. A customer who already has an
 * account keeps it: limit changes go through reviews, not re-applications.
 */
@Component
class AccountOpening implements EventHandler<CreditApplicationApproved> {

    private static final Logger log = LoggerFactory.getLogger(AccountOpening.class);

    private final CreditAccounts accounts;
    private final AccountChanges changes;
    private final BusinessClock clock;

    AccountOpening(CreditAccounts accounts, AccountChanges changes, BusinessClock clock) {
        this.accounts = accounts;
        this.changes = changes;
        this.clock = clock;
    }

    @Override
    public String topic() {
        return RiskTopics.DECISIONS;
    }

    @Override
    public Class<CreditApplicationApproved> eventClass() {
        return CreditApplicationApproved.class;
    }

    @Override
    public void handle(CreditApplicationApproved approved, EventEnvelope envelope) {
        if (accounts.existsById(approved.customerId())) {
            log.info("application {} approved for a customer who already has an account", approved.applicationId());
            return;
        }
        CreditAccount account = accounts.save(
                CreditAccount.open(approved.customerId(), approved.recommendedLimit(), approved.grade(), clock.now()));
        changes.save(AccountChange.opened(
                account, "risk-scoring", "application " + approved.applicationId() + " approved", clock.now()));
        log.info("opened credit account for application {}", approved.applicationId());
    }
}
