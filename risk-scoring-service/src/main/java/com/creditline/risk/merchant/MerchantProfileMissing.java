package com.creditline.risk.merchant;

import com.creditline.common.error.RuleViolation;

/** A merchant applied before its profile (onboarding date, for its tenure) was sent. */
class MerchantProfileMissing extends RuleViolation {

    MerchantProfileMissing() {
        super("Send the merchant's profile (PUT .../profile) before applying: its tenure comes from it.");
    }
}
