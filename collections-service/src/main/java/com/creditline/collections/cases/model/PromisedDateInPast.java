package com.creditline.collections.cases.model;

import com.creditline.common.error.RuleViolation;
import java.time.LocalDate;

/** A promise to pay was dated before the business date. */
public class PromisedDateInPast extends RuleViolation {

    PromisedDateInPast(LocalDate promisedDate, LocalDate businessDate) {
        super("The promised date " + promisedDate + " is before the business date " + businessDate + ".");
    }
}
