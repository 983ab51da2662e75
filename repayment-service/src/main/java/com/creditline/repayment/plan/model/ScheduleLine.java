package com.creditline.repayment.plan.model;

import com.creditline.common.money.Money;
import java.time.LocalDate;
import java.util.List;

/** One installment of a schedule as checkout fixed it: due date, principal part, fee part. */
public record ScheduleLine(int number, LocalDate dueDate, Money principal, Money fee) {

    /**
     * Refuses a schedule that cannot be right: no principal, no installments, numbers out of order,
     * due dates not after the capture date and increasing, negative parts, or principal parts that do
     * not sum to the principal.
     */
    static void checkSchedule(List<ScheduleLine> schedule, LocalDate captureDate, Money principal) {
        if (!principal.isPositive()) {
            throw new IllegalArgumentException("a plan finances a positive principal");
        }
        if (schedule.isEmpty()) {
            throw new IllegalArgumentException("a plan has at least one installment");
        }
        LocalDate periodStart = captureDate;
        for (int n = 0; n < schedule.size(); n++) {
            ScheduleLine line = schedule.get(n);
            if (line.number() != n + 1) {
                throw new IllegalArgumentException("installments are numbered 1.." + schedule.size() + " in order");
            }
            if (!line.dueDate().isAfter(periodStart)) {
                throw new IllegalArgumentException("due dates come after the capture date and after each other");
            }
            if (line.principal().isNegative() || line.fee().isNegative()) {
                throw new IllegalArgumentException("installment parts are not negative");
            }
            periodStart = line.dueDate();
        }
        Money scheduled =
                Money.sum(schedule.stream().map(ScheduleLine::principal).toList());
        if (!scheduled.equals(principal)) {
            throw new IllegalArgumentException(
                    "principal parts sum to " + scheduled + ", not to the principal " + principal);
        }
    }
}
