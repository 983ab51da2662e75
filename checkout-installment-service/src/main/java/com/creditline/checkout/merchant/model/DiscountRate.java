package com.creditline.checkout.merchant.model;

import com.creditline.common.money.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A merchant discount rate (MDR): the fraction of a captured principal the platform keeps back from
 * what it owes the merchant, from 0 to 0.05, in millionths at most.
 */
public record DiscountRate(BigDecimal value) {

    public static final BigDecimal MAXIMUM = new BigDecimal("0.05");
    public static final int DECIMALS = 6;

    public DiscountRate {
        Objects.requireNonNull(value, "value");
        if (value.signum() < 0
                || value.compareTo(MAXIMUM) > 0
                || value.stripTrailingZeros().scale() > DECIMALS) {
            throw new DiscountRateOutOfBounds(value);
        }
    }

    /** The discount on a principal: principal x rate, HALF_UP to the fen (as every fee is rounded). */
    public Money discountOn(Money principal) {
        return principal.times(value);
    }
}
