package com.creditline.risk.merchant.model;

import com.creditline.common.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One day of a merchant's sales on the platform: what it sold, in how many orders, what it refunded. */
public record DailySales(LocalDate date, Money grossSales, int orders, Money refunds, BigDecimal rating) {

    private static final BigDecimal BEST_RATING = BigDecimal.valueOf(5);

    public DailySales {
        if (grossSales.isNegative() || refunds.isNegative() || orders < 0) {
            throw new IllegalArgumentException("a day's sales, orders and refunds are not negative");
        }
        if (rating.signum() < 0 || rating.compareTo(BEST_RATING) > 0) {
            throw new IllegalArgumentException("a rating is from 0 to 5");
        }
    }

    /** What the day kept: gross sales less refunds (negative on a day of more refunds than sales). */
    public Money netSales() {
        return grossSales.minus(refunds);
    }

    public boolean active() {
        return orders > 0;
    }
}
