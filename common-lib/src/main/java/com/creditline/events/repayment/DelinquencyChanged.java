package com.creditline.events.repayment;

import com.creditline.common.event.CustomerEvent;
import com.creditline.common.money.Money;
import java.time.LocalDate;

/** End of day or a payment changed a customer's days past due (0 means cured). */
public record DelinquencyChanged(
        String customerId, int daysPastDue, Money overdueAmount, LocalDate oldestDueDate, LocalDate businessDate)
        implements CustomerEvent {

    @Override
    public String aggregateId() {
        return customerId;
    }
}
