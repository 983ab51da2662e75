package com.creditline.repayment.customer;

import com.creditline.common.money.Money;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What a customer owes past due on a date: days past due (of the oldest unpaid installment whose
 * due date has passed), everything those installments still owe (principal, fees, late fees), and
 * that oldest due date. No arrears: 0 days, nothing overdue, no date.
 */
public record Arrears(int daysPastDue, Money overdueAmount, LocalDate oldestDueDate) {

    public static final Arrears NONE = new Arrears(0, Money.ZERO, null);

    public static Arrears on(LocalDate date, LocalDate oldestDueDate, Money overdueAmount) {
        if (oldestDueDate == null) {
            return NONE;
        }
        return new Arrears((int) ChronoUnit.DAYS.between(oldestDueDate, date), overdueAmount, oldestDueDate);
    }
}
