package com.creditline.creditlimit.account.model;

import com.creditline.common.money.Money;

/**
 * Where a merchant line's limit lies: between the configured minimum and maximum
 * ({@code creditline.merchant-lines.minimum-limit/maximum-limit}, 10,000 and 1,000,000 yuan by
 * default), whatever the consumer ceiling per borrower.
 */
public record MerchantLimits(Money minimum, Money maximum) {

    public MerchantLimits {
        if (!minimum.isPositive() || maximum.isLessThan(minimum)) {
            throw new IllegalArgumentException(
                    "a merchant line's limits run from a positive minimum up to a maximum, not " + minimum + " to "
                            + maximum);
        }
    }

    /**
     * The limit a decided one gives a merchant line: capped at the maximum; null below the minimum,
     * where no merchant line lends (risk is never overruled upwards).
     */
    public Money limitFor(Money decided) {
        return decided.isLessThan(minimum) ? null : decided.min(maximum);
    }
}
