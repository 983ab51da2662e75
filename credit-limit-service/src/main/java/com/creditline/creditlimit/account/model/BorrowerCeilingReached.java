package com.creditline.creditlimit.account.model;

import com.creditline.common.error.RuleViolation;
import com.creditline.common.money.Money;

/**
 * The amount would take what the borrower owes and holds past the ceiling per borrower (the
 * regulatory cap on internet consumer loans), whatever raises the line has.
 */
public class BorrowerCeilingReached extends RuleViolation {

    BorrowerCeilingReached(Money room) {
        super("The amount would take what the borrower owes and holds past the ceiling of "
                + CreditAccount.MAXIMUM_LIMIT + " CNY per borrower; " + room + " CNY of room is left under it.");
    }
}
