package com.creditline.creditlimit.account.model;

import com.creditline.common.error.RuleViolation;

/** A merchant line lends only as cash paid out to the merchant's settlement account, never for a purchase. */
public class MerchantLinePurchase extends RuleViolation {

    MerchantLinePurchase() {
        super("A merchant line takes no PURCHASE hold: it is drawn as CASH, paid out to the merchant's"
                + " settlement account.");
    }
}
