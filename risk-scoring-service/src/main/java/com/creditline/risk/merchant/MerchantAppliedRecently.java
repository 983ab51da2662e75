package com.creditline.risk.merchant;

import com.creditline.common.error.RuleViolation;
import java.time.LocalDate;

/** A merchant applied again within the cool-off after its last decision, approved or declined. */
class MerchantAppliedRecently extends RuleViolation {

    MerchantAppliedRecently(LocalDate lastDecidedOn, LocalDate from) {
        super("This merchant's last application was decided on " + lastDecidedOn + "; it may apply again from " + from
                + ".");
    }
}
