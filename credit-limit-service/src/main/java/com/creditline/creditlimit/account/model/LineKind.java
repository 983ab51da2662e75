package com.creditline.creditlimit.account.model;

import com.creditline.common.money.Money;

/**
 * What a line is for. A CONSUMER line (every line before merchant lines) lends for purchases and, up
 * to the configured cash share, as cash, all under the borrower's ceiling of
 * {@link CreditAccount#MAXIMUM_LIMIT} (the regulatory cap on internet consumer loans). A MERCHANT
 * line (京小贷-style, a merchant's borrower id "mch-...") follows its own written limits
 * ({@link MerchantLimits}): neither the ceiling nor the cash share applies, its whole available
 * amount may be drawn as CASH (paid out to the merchant's settlement account), and it takes no
 * PURCHASE hold.
 */
public enum LineKind {
    CONSUMER,
    MERCHANT;

    /** What the line may still lend, given its own limit less what is owed and held ({@code underLimit}). */
    LineRoom room(Money underLimit, Money used, Money effectiveLimit, CashShare share, Money cashUsed) {
        if (this == MERCHANT) {
            Money underOwnLimit = effectiveLimit.minus(used);
            return new LineRoom(underOwnLimit, underOwnLimit, effectiveLimit, cashUsed);
        }
        return new LineRoom(underLimit, CreditAccount.MAXIMUM_LIMIT.minus(used), share.of(effectiveLimit), cashUsed);
    }

    /**
     * What the effective limit never passes: the borrower's ceiling on a consumer line; a merchant
     * line's permanent limit, as risk decided it (a temporary raise adds nothing to a merchant line).
     */
    Money ceiling(Money permanentLimit) {
        return this == MERCHANT ? permanentLimit : CreditAccount.MAXIMUM_LIMIT;
    }

    /** Refuses a purpose the line does not lend for: a purchase on a merchant line. */
    void admit(Hold.Purpose purpose) {
        if (this == MERCHANT && purpose != Hold.Purpose.CASH) {
            throw new MerchantLinePurchase();
        }
    }

    /** The limit a new line opens with: a consumer's brought into its product range, a merchant's as decided. */
    Money openingLimit(Money limit) {
        return this == MERCHANT ? limit : ProductRange.clamp(limit);
    }
}
