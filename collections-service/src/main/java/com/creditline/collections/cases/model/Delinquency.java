package com.creditline.collections.cases.model;

import com.creditline.common.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A customer's delinquency as of a business date: days past due (of the oldest unpaid
 * installment), the overdue amount and the oldest due date (none once cured).
 */
public record Delinquency(int daysPastDue, Money overdueAmount, LocalDate oldestDueDate, LocalDate asOf) {

    public Delinquency {
        if (daysPastDue < 0) {
            throw new IllegalArgumentException("days past due cannot be negative: " + daysPastDue);
        }
        Objects.requireNonNull(asOf, "the business date of a delinquency is required");
        overdueAmount = overdueAmount == null ? Money.ZERO : overdueAmount;
        if (overdueAmount.isNegative()) {
            throw new IllegalArgumentException("an overdue amount cannot be negative: " + overdueAmount);
        }
    }

    public boolean isCured() {
        return daysPastDue == 0;
    }
}
