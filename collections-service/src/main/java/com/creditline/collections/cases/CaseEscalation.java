package com.creditline.collections.cases;

import com.creditline.collections.cases.model.CollectionCase;
import com.creditline.collections.contact.ContactAttempts;
import com.creditline.collections.contact.model.ContactAttempt;
import com.creditline.collections.strategy.model.Escalation;
import com.creditline.collections.strategy.model.ReminderStrategy;
import com.creditline.collections.strategy.model.StrategyStep;
import com.creditline.common.time.BusinessClock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns the escalation a case has reached into contact attempts: the due steps scheduled for now
 * (the processing step sends them within the contact rules), the superseded ones recorded as
 * skipped. Runs in the transaction that changed the case.
 */
@Component
class CaseEscalation {

    private static final Logger log = LoggerFactory.getLogger(CaseEscalation.class);

    private final ReminderStrategy strategy;
    private final ContactAttempts attempts;
    private final BusinessClock clock;

    CaseEscalation(ReminderStrategy strategy, ContactAttempts attempts, BusinessClock clock) {
        this.strategy = strategy;
        this.attempts = attempts;
        this.clock = clock;
    }

    void escalate(CollectionCase c) {
        Escalation escalation = c.escalate(strategy);
        if (escalation.isEmpty()) {
            return;
        }
        Instant now = clock.now();
        for (StrategyStep step : escalation.superseded()) {
            attempts.save(
                    ContactAttempt.forCase(c.id(), c.customerId(), step, now).supersededBy(escalation.reachedDay()));
        }
        for (StrategyStep step : escalation.due()) {
            attempts.save(ContactAttempt.forCase(c.id(), c.customerId(), step, now));
        }
        log.info(
                "case {} reached the {} step: {} contact(s) scheduled, {} earlier step(s) superseded",
                c.id(),
                StrategyStep.label(escalation.reachedDay()),
                escalation.due().size(),
                escalation.superseded().size());
    }
}
