package com.creditline.risk.outcome;

import java.time.LocalDate;

/**
 * What happened to a customer from the approval of their application to a business date, within
 * the outcome window.
 *
 * @param worstDaysPastDue the worst days past due reached inside the window
 * @param chargedOffInWindow whether the loan was charged off inside the window
 * @param paidOff whether the customer borrowed and owes no principal now
 */
public record PerformanceWindow(
        LocalDate approvedOn, LocalDate asOf, int worstDaysPastDue, boolean chargedOffInWindow, boolean paidOff) {}
