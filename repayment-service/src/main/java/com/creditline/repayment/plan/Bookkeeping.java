package com.creditline.repayment.plan;

import com.creditline.repayment.journal.Journal;
import com.creditline.repayment.journal.model.JournalEntry;
import com.creditline.repayment.plan.model.Booking;
import com.creditline.repayment.plan.model.LedgerEntry;
import com.creditline.repayment.plan.model.Posting;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Books what an operation on a plan moved, in the caller's transaction: each movement in the plan's
 * ledger (the sub-ledger), and all of them as one balanced entry in the journal, as each kind of
 * movement says ({@code LedgerKind}).
 */
@Component
public class Bookkeeping {

    private final Ledger ledger;
    private final Journal journal;

    Bookkeeping(Ledger ledger, Journal journal) {
        this.ledger = ledger;
        this.journal = journal;
    }

    public void record(Booking booking, List<Posting> postings) {
        ledger.saveAll(postings.stream().map(p -> LedgerEntry.of(booking, p)).toList());
        JournalEntry.Draft entry = JournalEntry.draft(
                booking.businessDate(), booking.reference(), "plan " + booking.planId(), booking.recordedAt());
        postings.forEach(p -> p.kind().book(entry, p.amount()));
        if (!entry.isEmpty()) {
            journal.save(entry.post());
        }
    }
}
