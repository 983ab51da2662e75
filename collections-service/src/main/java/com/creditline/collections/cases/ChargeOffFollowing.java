package com.creditline.collections.cases;

import com.creditline.collections.cases.model.CollectionCase;
import com.creditline.collections.cases.model.RecordChargeOff;
import com.creditline.collections.cases.model.WriteOff;
import com.creditline.common.id.CustomerId;
import com.creditline.common.time.BusinessClock;
import com.creditline.events.repayment.LoansChargedOff;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Follows repayment-service's charge-off of a customer's loans (it alone decides it): the case being
 * worked becomes CHARGED_OFF with the principal and fees written off; a customer with no case being
 * worked gets one opened charged off, so that their later payments are recoveries too. A case
 * charged off already is left as it is: the inbox skips a redelivered event, and this skips the
 * same charge-off published again.
 */
@Component
class ChargeOffFollowing {

    private static final Logger log = LoggerFactory.getLogger(ChargeOffFollowing.class);

    private final CollectionCases cases;
    private final BusinessClock clock;

    ChargeOffFollowing(CollectionCases cases, BusinessClock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    /** Runs in the inbox's transaction, once per event id ({@link CaseConfiguration}). */
    void follow(LoansChargedOff event) {
        CustomerId customer = CustomerId.of(event.customerId());
        RecordChargeOff chargeOff = new RecordChargeOff(
                event.principalWrittenOff(),
                event.feesWrittenOff(),
                event.daysPastDue(),
                event.chargedOffOn() == null ? clock.businessDate() : event.chargedOffOn());
        Optional<CollectionCase> active = cases.findActive(customer);
        if (active.isEmpty()) {
            CollectionCase c = cases.save(CollectionCase.openChargedOff(UUID.randomUUID(), customer, chargeOff));
            log.info(
                    "customer {} charged off on {} with no case being worked: case {} opened charged off, {} written off",
                    customer,
                    chargeOff.chargedOffOn(),
                    c.id(),
                    chargeOff.writtenOff());
            return;
        }
        CollectionCase c = active.get();
        if (!c.chargedOff(chargeOff)) {
            log.info(
                    "case {} was charged off on {} already: the charge-off of {} changes nothing",
                    c.id(),
                    c.writeOff().map(WriteOff::on).orElse(null),
                    chargeOff.chargedOffOn());
            return;
        }
        log.info(
                "case {} charged off on {} at {} days past due: {} principal and {} fees written off",
                c.id(),
                chargeOff.chargedOffOn(),
                chargeOff.daysPastDue(),
                chargeOff.principalWrittenOff(),
                chargeOff.feesWrittenOff());
    }
}
