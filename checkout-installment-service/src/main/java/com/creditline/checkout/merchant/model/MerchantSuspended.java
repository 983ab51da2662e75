package com.creditline.checkout.merchant.model;

import com.creditline.common.error.RuleViolation;
import com.creditline.common.id.MerchantId;

/** A suspended merchant sells nothing new on credit until ops make it ACTIVE again. */
public class MerchantSuspended extends RuleViolation {

    MerchantSuspended(MerchantId merchantId) {
        super("Merchant '" + merchantId + "' is suspended: it takes no new order on credit.");
    }
}
