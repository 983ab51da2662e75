package com.creditline.repayment.funding.model;

import com.creditline.common.money.Money;
import com.creditline.repayment.journal.model.Account;
import com.creditline.repayment.journal.model.JournalEntry;
import com.creditline.repayment.journal.model.Side;
import java.time.LocalDate;
import java.util.List;

/**
 * The platform's guarantee of a funder's principal (docs/funding.md): when a plan is charged off, a
 * guaranteed funder does not lose its part. The platform pays it what it wrote off, through the
 * clearing account, so that each holder's books balance: in the funder's books, debit cash clearing
 * and credit charge-off expense (its loss undone, the money to be settled to it); in the
 * platform's, debit charge-off expense and credit cash clearing (the loss is the platform's, and
 * end of day draws it from the risk reserve as far as the reserve holds).
 */
public final class Guarantees {

    private Guarantees() {}

    /** What the platform's payments of the guaranteed principal charged off on a date are booked under. */
    public static String reference(LocalDate date) {
        return "guarantee:" + date;
    }

    /** The holders' parts of a charge-off that the platform guarantees. */
    public static List<Holdings.Part> guaranteed(List<Holdings.Part> chargedOff, List<String> guaranteedHolders) {
        return chargedOff.stream()
                .filter(p ->
                        guaranteedHolders.contains(p.holder()) && p.amount().isPositive())
                .toList();
    }

    /** The platform paying guaranteed funders what they wrote off, added to an entry being made. */
    public static JournalEntry.Draft pay(JournalEntry.Draft entry, List<Holdings.Part> guaranteed) {
        for (Holdings.Part part : guaranteed) {
            Money amount = part.amount();
            entry.line(Account.CASH_CLEARING, part.holder(), Side.DEBIT, amount)
                    .line(Account.CHARGE_OFF_EXPENSE, part.holder(), Side.CREDIT, amount)
                    .line(Account.CHARGE_OFF_EXPENSE, FundingPolicy.PLATFORM, Side.DEBIT, amount)
                    .line(Account.CASH_CLEARING, FundingPolicy.PLATFORM, Side.CREDIT, amount);
        }
        return entry;
    }
}
