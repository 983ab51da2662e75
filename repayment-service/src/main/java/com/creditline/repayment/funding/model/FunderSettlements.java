package com.creditline.repayment.funding.model;

import com.creditline.common.money.Money;
import com.creditline.repayment.journal.model.Account;
import com.creditline.repayment.journal.model.JournalEntry;
import com.creditline.repayment.journal.model.Side;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A funder's money settled to it (docs/funding.md): after each end-of-day date, what its cash
 * clearing holds in its own books (its principal and yield collected, what the platform paid it
 * under a guarantee) is settled to its settlement account, one entry per funder and date: debit
 * its settlement bank account (SETTLEMENT_BANK), credit cash clearing, in the funder's books.
 */
public final class FunderSettlements {

    private FunderSettlements() {}

    /** What a funder's settlement of a date is booked under. */
    public static String reference(String funder, LocalDate date) {
        return "funder-settlement:" + funder + ":" + date;
    }

    /** The settlement of a funder's cash clearing balance; none when it holds nothing. */
    public static Optional<JournalEntry> settle(String funder, Money cashClearing, LocalDate date, Instant at) {
        if (funder.equals(FundingPolicy.PLATFORM) || !cashClearing.isPositive()) {
            return Optional.empty();
        }
        return Optional.of(
                JournalEntry.draft(date, reference(funder, date), "settled to the settlement account of " + funder, at)
                        .line(Account.SETTLEMENT_BANK, funder, Side.DEBIT, cashClearing)
                        .line(Account.CASH_CLEARING, funder, Side.CREDIT, cashClearing)
                        .post());
    }
}
