package com.creditline.creditlimit.account.model;

import com.creditline.common.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The share of a line's effective limit that may be drawn as cash (0 to 1; configured as
 * {@code creditline.cash.limit-share}, 0.5 by default).
 */
public record CashShare(BigDecimal value) {

    /** No cash at all: for figures that do not depend on the share. */
    public static final CashShare NONE = new CashShare(BigDecimal.ZERO);

    public CashShare {
        if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("the cash share of a limit lies between 0 and 1, not " + value);
        }
    }

    /** The share of a limit, rounded down to the fen: a share never lends a fen more than it says. */
    public Money of(Money limit) {
        return Money.of(limit.amount().multiply(value).setScale(Money.SCALE, RoundingMode.DOWN));
    }
}
