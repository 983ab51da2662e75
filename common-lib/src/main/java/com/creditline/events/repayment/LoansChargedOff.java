package com.creditline.events.repayment;

import com.creditline.common.event.CustomerEvent;
import com.creditline.common.money.Money;
import java.time.LocalDate;

/**
 * End of day charged off a customer's loans: they reached the charge-off point (180 days past due
 * by default), every open plan became CHARGED_OFF, accrual and late fees stopped, and the balances
 * were written off the books. repayment-service decides it; the others follow: collections closes
 * its case as charged off, credit-limit closes the line (the principal comes back to it as
 * {@code PrincipalReduced} with cause CHARGE_OFF), risk marks the customer's outcome. Later payments
 * are recoveries.
 *
 * @param principalWrittenOff the principal written off over all the customer's plans
 * @param feesWrittenOff the late fees and fees due written off with it
 */
public record LoansChargedOff(
        String customerId,
        int plans,
        Money principalWrittenOff,
        Money feesWrittenOff,
        int daysPastDue,
        LocalDate chargedOffOn)
        implements CustomerEvent {

    @Override
    public String aggregateId() {
        return customerId;
    }
}
