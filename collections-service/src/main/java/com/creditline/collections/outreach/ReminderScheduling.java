package com.creditline.collections.outreach;

import com.creditline.collections.cases.CollectionCases;
import com.creditline.collections.contact.ContactAttempts;
import com.creditline.collections.contact.model.ContactAttempt;
import com.creditline.collections.contact.model.DueInstallment;
import com.creditline.collections.strategy.model.ReminderStrategy;
import com.creditline.collections.strategy.model.StrategyStep;
import com.creditline.common.event.EventEnvelope;
import com.creditline.common.id.CustomerId;
import com.creditline.common.inbox.EventHandler;
import com.creditline.common.time.BusinessClock;
import com.creditline.events.repayment.InstallmentDueSoon;
import com.creditline.events.repayment.RepaymentTopics;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Schedules the strategy's reminders before the due date (D-3, D0) when an installment falls due
 * soon, unless the customer's loans were charged off: a written-off debt is not reminded of.
 */
@Component
class ReminderScheduling implements EventHandler<InstallmentDueSoon> {

    private static final Logger log = LoggerFactory.getLogger(ReminderScheduling.class);

    private final ReminderStrategy strategy;
    private final ContactAttempts attempts;
    private final CollectionCases cases;
    private final BusinessClock clock;

    ReminderScheduling(
            ReminderStrategy strategy, ContactAttempts attempts, CollectionCases cases, BusinessClock clock) {
        this.strategy = strategy;
        this.attempts = attempts;
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    public String topic() {
        return RepaymentTopics.LEDGER;
    }

    @Override
    public Class<InstallmentDueSoon> eventClass() {
        return InstallmentDueSoon.class;
    }

    @Override
    public void handle(InstallmentDueSoon event, EventEnvelope envelope) {
        if (event.daysBefore() < 0) {
            return;
        }
        CustomerId customer = CustomerId.of(event.customerId());
        if (cases.isChargedOff(customer)) {
            log.info("no reminder for customer {}: their loans were charged off", customer);
            return;
        }
        List<StrategyStep> steps = strategy.beforeDue(event.daysBefore());
        DueInstallment installment = new DueInstallment(customer, event.amountDue(), event.dueDate());
        Instant now = clock.now();
        for (StrategyStep step : steps) {
            attempts.save(ContactAttempt.beforeDue(installment, step, now));
        }
        if (!steps.isEmpty()) {
            log.info(
                    "{} reminder(s) at {} scheduled for customer {}",
                    steps.size(),
                    StrategyStep.label(-event.daysBefore()),
                    installment.customerId().masked());
        }
    }
}
