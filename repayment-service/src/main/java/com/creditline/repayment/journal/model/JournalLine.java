package com.creditline.repayment.journal.model;

import com.creditline.common.money.Money;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One line of an entry: an amount (always positive) to one side of a holder's account. */
@Embeddable
public class JournalLine {

    /** The platform's own lender, the holder of every account until funders share loans. */
    public static final String PLATFORM = "PLATFORM";

    @Enumerated(EnumType.STRING)
    private Account account;

    private String holder;

    @Enumerated(EnumType.STRING)
    private Side side;

    private Money amount;

    protected JournalLine() {}

    public JournalLine(Account account, String holder, Side side, Money amount) {
        if (!amount.isPositive()) {
            throw new EntryNotBalanced("a line of " + amount + " to " + account + " moves nothing");
        }
        this.account = account;
        this.holder = holder;
        this.side = side;
        this.amount = amount;
    }

    public Account account() {
        return account;
    }

    public String holder() {
        return holder;
    }

    public Side side() {
        return side;
    }

    public Money amount() {
        return amount;
    }
}
