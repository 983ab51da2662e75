package com.creditline.risk.application;

import com.creditline.common.error.RuleViolation;
import java.time.LocalDate;

/** A declined applicant applied again within the cool-off. */
class ReapplyingTooSoon extends RuleViolation {

    ReapplyingTooSoon(LocalDate from) {
        super("This customer's last application was declined; they may apply again from " + from + ".");
    }
}
