package com.creditline.risk.campaign.model;

import com.creditline.common.money.Money;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * A campaign's temporary raise: a percentage of the customer's permanent limit (above 0, at most
 * 100, to the hundredth) or a fixed amount (above 0, at most 50,000 yuan), exactly one of the two.
 * credit-limit places it within the 200,000 yuan ceiling.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Raise(BigDecimal percent, Money amount) {

    public static final BigDecimal MAXIMUM_PERCENT = new BigDecimal("100");
    public static final Money MAXIMUM_AMOUNT = Money.yuan(50_000);

    /** The raise, or the fact that refuses it. */
    public static Raise of(BigDecimal percent, Money amount) {
        if ((percent == null) == (amount == null)) {
            throw new RaiseUnclear();
        }
        if (percent != null
                && (percent.signum() <= 0
                        || percent.compareTo(MAXIMUM_PERCENT) > 0
                        || percent.stripTrailingZeros().scale() > 2)) {
            throw new RaiseOutOfRange("A raise of a percentage is above 0 and at most 100, to the hundredth.");
        }
        if (amount != null && (!amount.isPositive() || amount.isGreaterThan(MAXIMUM_AMOUNT))) {
            throw new RaiseOutOfRange("A raise of a fixed amount is above 0 and at most 50,000 yuan.");
        }
        return new Raise(percent, amount);
    }
}
