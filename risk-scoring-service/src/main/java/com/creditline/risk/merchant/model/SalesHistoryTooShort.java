package com.creditline.risk.merchant.model;

import com.creditline.common.error.RuleViolation;
import java.time.LocalDate;

/** A merchant asked for a line before its sales history covered the days a decision reads. */
public class SalesHistoryTooShort extends RuleViolation {

    SalesHistoryTooShort(int needed, LocalDate firstDay, LocalDate businessDate) {
        super(
                firstDay == null
                        ? "This merchant has reported no sales; a line needs " + needed + " days of sales history."
                        : "This merchant's sales history starts on " + firstDay + ": a line needs " + needed
                                + " days of history up to the business date " + businessDate + ", so it may apply from "
                                + firstDay.plusDays(needed - 1L) + ".");
    }
}
