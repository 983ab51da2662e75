package com.creditline.creditlimit.account.model;

import com.creditline.common.money.Money;

/**
 * Where a line's permanent limit may lie: between {@link CreditAccount#MINIMUM_LIMIT} and
 * {@link CreditAccount#MAXIMUM_LIMIT} (the ceiling per borrower), and never below what is owed.
 */
final class ProductRange {

    private ProductRange() {}

    /** A recommended limit brought into the range. */
    static Money clamp(Money limit) {
        return limit.max(CreditAccount.MINIMUM_LIMIT).min(CreditAccount.MAXIMUM_LIMIT);
    }

    /** An officer's limit: refused outside the range or below what is owed. */
    static Money settable(Money limit, Money outstanding) {
        if (limit.isLessThan(CreditAccount.MINIMUM_LIMIT) || limit.isGreaterThan(CreditAccount.MAXIMUM_LIMIT)) {
            throw new LimitOutOfRange(limit);
        }
        if (limit.isLessThan(outstanding)) {
            throw new LimitBelowOutstanding(outstanding);
        }
        return limit;
    }

    /** A rule's cut: to the target, but never below what is owed nor below the minimum. */
    static Money cutTo(Money target, Money outstanding) {
        return target.max(outstanding.max(CreditAccount.MINIMUM_LIMIT));
    }
}
