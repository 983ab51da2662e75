package com.creditline.repayment.plan;

import com.creditline.repayment.funding.PlanFunding;
import com.creditline.repayment.funding.model.Holdings;
import com.creditline.repayment.journal.Journal;
import com.creditline.repayment.journal.model.JournalEntry;
import com.creditline.repayment.plan.model.Booking;
import com.creditline.repayment.plan.model.LedgerEntry;
import com.creditline.repayment.plan.model.LedgerKind;
import com.creditline.repayment.plan.model.Posting;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Books what an operation on a plan moved, in the caller's transaction: each movement in the plan's
 * ledger (the sub-ledger), and all of them as one balanced entry in the journal, as each kind of
 * movement says ({@code LedgerKind}). Principal is booked in the books of the plan's holders: at
 * opening by what each funded, and as it leaves the books by what each holds (every other movement
 * is the platform's for now: docs/funding.md).
 */
@Component
public class Bookkeeping {

    private final Ledger ledger;
    private final Journal journal;
    private final PlanFunding funding;

    Bookkeeping(Ledger ledger, Journal journal, PlanFunding funding) {
        this.ledger = ledger;
        this.journal = journal;
        this.funding = funding;
    }

    public void record(Booking booking, List<Posting> postings) {
        ledger.saveAll(postings.stream().map(p -> LedgerEntry.of(booking, p)).toList());
        JournalEntry.Draft entry = JournalEntry.draft(
                        booking.businessDate(), booking.reference(), "plan " + booking.planId(), booking.recordedAt())
                .about(booking.planId());
        Holdings holdings = null;
        for (Posting posting : postings) {
            boolean principal =
                    posting.kind() == LedgerKind.PLAN_CREATED || posting.kind().reducesPrincipal();
            if (principal && holdings == null) {
                holdings = funding.holdings(booking.planId());
            }
            List<Holdings.Part> parts = principal ? partsOf(booking, posting, holdings) : List.of();
            if (parts.isEmpty()) {
                posting.kind().book(entry, posting.amount());
            }
            parts.forEach(part -> posting.kind().book(entry, part.amount(), part.holder()));
        }
        if (!entry.isEmpty()) {
            journal.save(entry.post());
        }
    }

    /** The holders' parts of a movement of principal; none for a plan with no recorded holders. */
    private List<Holdings.Part> partsOf(Booking booking, Posting posting, Holdings holdings) {
        if (holdings.holdings().isEmpty()) {
            return List.of();
        }
        if (posting.kind() == LedgerKind.PLAN_CREATED) {
            return holdings.opening(posting.amount());
        }
        List<Holdings.Part> parts = holdings.reduce(posting.amount());
        funding.reduced(booking.planId(), parts);
        return parts;
    }
}
