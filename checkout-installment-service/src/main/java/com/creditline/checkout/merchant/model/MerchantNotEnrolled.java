package com.creditline.checkout.merchant.model;

import com.creditline.common.error.RuleViolation;
import com.creditline.common.id.MerchantId;

/** An order or a quote names a merchant that ops never enrolled. */
public class MerchantNotEnrolled extends RuleViolation {

    public MerchantNotEnrolled(MerchantId merchantId) {
        super("No merchant is enrolled with the id '" + merchantId + "'.");
    }
}
