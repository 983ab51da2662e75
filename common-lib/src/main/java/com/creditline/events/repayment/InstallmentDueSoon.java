package com.creditline.events.repayment;

import com.creditline.common.event.CustomerEvent;
import com.creditline.common.money.Money;
import java.time.LocalDate;
import java.util.UUID;

/** An installment falls due in {@code daysBefore} days (3 or 0): time for a reminder. */
public record InstallmentDueSoon(
        String customerId, UUID planId, int installmentNumber, LocalDate dueDate, Money amountDue, int daysBefore)
        implements CustomerEvent {

    @Override
    public String aggregateId() {
        return planId.toString();
    }
}
