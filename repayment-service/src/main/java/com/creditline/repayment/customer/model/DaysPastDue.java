package com.creditline.repayment.customer.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How late an unpaid installment is on a business date (DOMAIN.md): unpaid at the end of its due
 * date, it is past due from the next day, 1 day past due on the day after its due date. A customer's
 * days past due is that of their oldest unpaid installment ({@link Arrears}).
 */
public record DaysPastDue(int days) {

    public static final DaysPastDue NONE = new DaysPastDue(0);

    public DaysPastDue {
        if (days < 0) {
            throw new IllegalArgumentException("days past due are not negative");
        }
    }

    /** An installment due on {@code dueDate} and still unpaid, on business date {@code on}. */
    public static DaysPastDue of(LocalDate dueDate, LocalDate on) {
        return dueDate.isBefore(on) ? new DaysPastDue((int) ChronoUnit.DAYS.between(dueDate, on)) : NONE;
    }

    public boolean isPastDue() {
        return days > 0;
    }

    /** Past the given grace: more than {@code graceDays} days past due. */
    public boolean isBeyond(int graceDays) {
        return days > graceDays;
    }
}
