package com.creditline.checkout.merchant.model;

import com.creditline.common.error.RuleViolation;
import java.math.BigDecimal;

/** A merchant discount rate is a fraction from 0 to 0.05 with at most six decimals. */
public class DiscountRateOutOfBounds extends RuleViolation {

    DiscountRateOutOfBounds(BigDecimal rate) {
        super("A merchant discount rate is a fraction from 0 to " + DiscountRate.MAXIMUM.toPlainString()
                + " with at most " + DiscountRate.DECIMALS + " decimals (0.006 is 0.6%); got " + shown(rate) + ".");
    }

    /** In plain digits unless absurdly large or precise (1e999999999 would be a billion digits). */
    private static String shown(BigDecimal rate) {
        return Math.abs(rate.scale()) <= 20 && rate.precision() <= 20 ? rate.toPlainString() : rate.toString();
    }
}
