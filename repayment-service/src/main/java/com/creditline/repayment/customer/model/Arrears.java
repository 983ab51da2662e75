package com.creditline.repayment.customer.model;

import com.creditline.common.money.Money;
import java.time.LocalDate;

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
        return new Arrears(DaysPastDue.of(oldestDueDate, date).days(), overdueAmount, oldestDueDate);
    }

    /**
     * The arrears of the same customer on the same date, from two sources (two plans): the older
     * due date and its days past due, and both overdue amounts.
     */
    public Arrears and(Arrears other) {
        if (other.oldestDueDate == null) {
            return this;
        }
        if (oldestDueDate == null) {
            return other;
        }
        Arrears older = other.oldestDueDate.isBefore(oldestDueDate) ? other : this;
        return new Arrears(older.daysPastDue, overdueAmount.plus(other.overdueAmount), older.oldestDueDate);
    }
}
