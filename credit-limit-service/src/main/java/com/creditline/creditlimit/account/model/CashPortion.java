package com.creditline.creditlimit.account.model;

import com.creditline.common.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The part of a line drawn as cash: principal owed on cash draws and cash held for draws not yet
 * paid out, both inside the line's own outstanding and held. The cash limit is the configured
 * share of the effective limit, and never more than the ceiling leaves beside the line's other
 * spending.
 */
@Embeddable
public class CashPortion {

    @Column(name = "cash_outstanding")
    private Money outstanding = Money.ZERO;

    @Column(name = "cash_held")
    private Money held = Money.ZERO;

    protected CashPortion() {}

    /** Cash owed and held. */
    Money used() {
        return outstanding.plus(held);
    }

    void hold(Money amount, Hold.Purpose purpose) {
        if (purpose == Hold.Purpose.CASH) {
            held = held.plus(amount);
        }
    }

    void capture(Money amount, Hold.Purpose purpose) {
        if (purpose == Hold.Purpose.CASH) {
            held = held.minus(amount).atLeastZero();
            outstanding = outstanding.plus(amount);
        }
    }

    void release(Money amount, Hold.Purpose purpose) {
        if (purpose == Hold.Purpose.CASH) {
            held = held.minus(amount).atLeastZero();
        }
    }

    /**
     * Principal of a plan lent for {@code purpose} came back; cash owed never goes below zero nor
     * above what the whole line still owes.
     */
    void reduce(Money amount, Hold.Purpose purpose, Money lineOutstanding) {
        if (purpose == Hold.Purpose.CASH) {
            outstanding = outstanding.minus(amount).atLeastZero();
        }
        outstanding = outstanding.min(lineOutstanding);
    }

    public Money outstanding() {
        return outstanding;
    }

    public Money held() {
        return held;
    }
}
