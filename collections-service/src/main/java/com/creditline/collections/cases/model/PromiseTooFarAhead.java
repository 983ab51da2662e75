package com.creditline.collections.cases.model;

import com.creditline.common.error.RuleViolation;
import java.time.LocalDate;

/** A promise to pay was dated beyond the allowed horizon. */
public class PromiseTooFarAhead extends RuleViolation {

    PromiseTooFarAhead(LocalDate promisedDate, LocalDate latest) {
        super("The promised date " + promisedDate + " is too far ahead; the latest allowed is " + latest + ".");
    }
}
