package com.creditline.collections.cases;

import com.creditline.collections.cases.model.BookRecovery;
import com.creditline.collections.cases.model.CaseStatus;
import com.creditline.common.event.EventEnvelope;
import com.creditline.common.id.CustomerId;
import com.creditline.common.inbox.EventHandler;
import com.creditline.common.time.BusinessClock;
import com.creditline.events.repayment.PaymentReceived;
import com.creditline.events.repayment.RepaymentTopics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Payments of a customer with a case: on an open case, the overdue amount follows and a payment
 * leaving nothing overdue cures it; on a charged-off case, the payment is booked as a recovery.
 */
@Component
class PaymentTracking implements EventHandler<PaymentReceived> {

    private static final Logger log = LoggerFactory.getLogger(PaymentTracking.class);

    private final CollectionCases cases;
    private final Recoveries recoveries;
    private final BusinessClock clock;

    PaymentTracking(CollectionCases cases, Recoveries recoveries, BusinessClock clock) {
        this.cases = cases;
        this.recoveries = recoveries;
        this.clock = clock;
    }

    @Override
    public String topic() {
        return RepaymentTopics.LEDGER;
    }

    @Override
    public Class<PaymentReceived> eventClass() {
        return PaymentReceived.class;
    }

    @Override
    public void handle(PaymentReceived payment, EventEnvelope envelope) {
        if (payment.amount() == null || !payment.amount().isPositive()) {
            return;
        }
        cases.findActive(CustomerId.of(payment.customerId())).ifPresent(c -> {
            if (c.status() == CaseStatus.CHARGED_OFF) {
                recoveries.save(c.bookRecovery(
                        new BookRecovery(payment.paymentId(), payment.amount(), clock.businessDate()), clock.now()));
                log.info(
                        "case {}: recovered {} from customer {} after charge-off",
                        c.id(),
                        payment.amount(),
                        c.customerId().masked());
                return;
            }
            c.paymentReceived(
                    payment.overdueAfter() == null ? c.overdueAmount() : payment.overdueAfter(), clock.businessDate());
            if (c.status() == CaseStatus.CLOSED) {
                log.info("case {} closed: {}", c.id(), c.closeReason());
            }
        });
    }
}
