package com.creditline.collections.cases;

import com.creditline.collections.cases.model.CasePolicy;
import com.creditline.collections.cases.model.CaseStatus;
import com.creditline.collections.cases.model.CollectionCase;
import com.creditline.collections.cases.model.Delinquency;
import com.creditline.common.event.EventEnvelope;
import com.creditline.common.id.CustomerId;
import com.creditline.common.inbox.EventHandler;
import com.creditline.common.outbox.Outbox;
import com.creditline.events.collections.AccountFreezeRequested;
import com.creditline.events.collections.CollectionsTopics;
import com.creditline.events.repayment.DelinquencyChanged;
import com.creditline.events.repayment.RepaymentTopics;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Follows a customer's delinquency: opens a case when they fall past due, moves it between buckets,
 * cures it at 0 days past due, asks for the freeze at its threshold (once, through the outbox),
 * breaks a lapsed promise and schedules the escalation steps reached. However late the customer,
 * it never charges off: repayment-service decides that ({@link ChargeOffFollowing}).
 */
@Component
class DelinquencyTracking implements EventHandler<DelinquencyChanged> {

    private static final Logger log = LoggerFactory.getLogger(DelinquencyTracking.class);

    private final CollectionCases cases;
    private final CaseEscalation escalation;
    private final Outbox outbox;
    private final CasePolicy policy;

    DelinquencyTracking(CollectionCases cases, CaseEscalation escalation, Outbox outbox, CasePolicy policy) {
        this.cases = cases;
        this.escalation = escalation;
        this.outbox = outbox;
        this.policy = policy;
    }

    @Override
    public String topic() {
        return RepaymentTopics.LEDGER;
    }

    @Override
    public Class<DelinquencyChanged> eventClass() {
        return DelinquencyChanged.class;
    }

    @Override
    public void handle(DelinquencyChanged event, EventEnvelope envelope) {
        CustomerId customer = CustomerId.of(event.customerId());
        Delinquency delinquency = new Delinquency(
                event.daysPastDue(), event.overdueAmount(), event.oldestDueDate(), event.businessDate());
        Optional<CollectionCase> active = cases.findActive(customer);
        CollectionCase c;
        if (active.isPresent()) {
            c = active.get();
            if (!c.track(delinquency)) {
                log.info(
                        "ignored delinquency of customer {} as of {}: case {} holds figures as of {}",
                        customer,
                        delinquency.asOf(),
                        c.id(),
                        c.asOf());
                return;
            }
        } else if (delinquency.isCured()) {
            return;
        } else if (cases.existsByCustomerIdAndAsOfAfter(customer, delinquency.asOf())) {
            log.info(
                    "ignored delinquency of customer {} as of {}: a case holds newer figures",
                    customer,
                    delinquency.asOf());
            return;
        } else {
            c = cases.save(CollectionCase.open(UUID.randomUUID(), customer, delinquency));
            log.info("opened case {} for customer {} in bucket {}", c.id(), customer, c.bucket());
        }

        if (c.requestFreezeIfDue(policy, delinquency.asOf())) {
            outbox.append(
                    CollectionsTopics.CASES,
                    new AccountFreezeRequested(c.customerId().value(), c.daysPastDue()));
            log.info("case {} at {} days past due: account freeze requested", c.id(), c.daysPastDue());
        }
        if (c.breakPromiseIfLapsed(delinquency.asOf())) {
            log.info("case {}: promise to pay broken, escalation resumes", c.id());
        }
        escalation.escalate(c);
        if (c.status() == CaseStatus.CLOSED) {
            log.info("case {} closed: {}", c.id(), c.closeReason());
        }
    }
}
