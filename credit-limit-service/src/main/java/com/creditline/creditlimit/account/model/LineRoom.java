package com.creditline.creditlimit.account.model;

import com.creditline.common.money.Money;

/**
 * What a line may still lend on a day, and which rule refuses an amount above it. Three limits
 * apply at once: the line's own limit (the permanent limit plus the raises in force, as granted),
 * the borrower's ceiling of {@link CreditAccount#MAXIMUM_LIMIT} on everything owed and held across
 * purposes, and, for cash, the cash limit. An amount the line's own limits would lend but the
 * ceiling has no room for is refused as {@link BorrowerCeilingReached}, whatever its purpose.
 *
 * @param underLimit the line's own limit less what is owed and held; negative when a lapsed raise
 *     or a cut left less than is owed
 * @param underCeiling the ceiling less what is owed and held
 * @param cashShare the configured share of the effective limit, rounded down to the fen
 * @param cashUsed the cash owed and held
 */
public record LineRoom(Money underLimit, Money underCeiling, Money cashShare, Money cashUsed) {

    /** A closed line lends nothing, whatever its limits. */
    static final LineRoom NONE = new LineRoom(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

    /** What may still be spent: never below zero, never past the ceiling. */
    public Money available() {
        return underLimit.min(underCeiling).atLeastZero();
    }

    /**
     * The cash limit: the share of the effective limit, but never more than the ceiling leaves
     * beside the line's other (non-cash) owed and held.
     */
    public Money cashLimit() {
        return cashShare.min(underCeiling.plus(cashUsed)).atLeastZero();
    }

    /** What may still be drawn as cash: never more than {@link #available()}. */
    public Money cashAvailable() {
        return cashLimit().minus(cashUsed).min(available()).atLeastZero();
    }

    /**
     * Refuses an amount the line may not lend for the purpose: a cash draw above what the line or
     * its cash share allow, a purchase above the line's own limit, or either when the line would
     * lend it but the ceiling has not the room.
     */
    void admit(Money amount, Hold.Purpose purpose) {
        if (purpose == Hold.Purpose.CASH
                && amount.isGreaterThan(cashShare.minus(cashUsed).min(underLimit))) {
            throw new CashLimitExceeded(cashAvailable());
        }
        if (amount.isGreaterThan(underLimit)) {
            throw new CreditLimitExceeded();
        }
        if (amount.isGreaterThan(underCeiling)) {
            throw new BorrowerCeilingReached(underCeiling.atLeastZero());
        }
    }
}
