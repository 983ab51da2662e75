package com.creditline.collections;

import com.creditline.common.event.IntegrationEvent;
import com.creditline.common.outbox.Outbox;
import com.creditline.events.repayment.RepaymentTopics;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stands in for repayment-service in tests: appends its ledger events to this service's outbox in a
 * transaction, so the relay sends them through the real Kafka broker and the inbox consumes them as
 * it would the real publisher's.
 */
@Component
public class RepaymentLedger {

    private final Outbox outbox;

    RepaymentLedger(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional
    public void publish(IntegrationEvent event) {
        outbox.append(RepaymentTopics.LEDGER, event);
    }
}
