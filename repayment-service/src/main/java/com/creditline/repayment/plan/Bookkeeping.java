package com.creditline.repayment.plan;

import com.creditline.common.money.Money;
import com.creditline.repayment.funding.PlanFunding;
import com.creditline.repayment.funding.model.Guarantees;
import com.creditline.repayment.funding.model.Holdings;
import com.creditline.repayment.journal.Journal;
import com.creditline.repayment.journal.model.Account;
import com.creditline.repayment.journal.model.JournalEntry;
import com.creditline.repayment.plan.model.Booking;
import com.creditline.repayment.plan.model.LedgerEntry;
import com.creditline.repayment.plan.model.LedgerKind;
import com.creditline.repayment.plan.model.Posting;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Books what an operation on a plan moved, in the caller's transaction: each movement in the plan's
 * ledger (the sub-ledger), and all of them as one balanced entry in the journal, as each kind of
 * movement says ({@code LedgerKind}), in the books of the holders it belongs to (docs/funding.md):
 * principal at opening by what each funded and as it leaves the books by what each holds; fees
 * (whatever is booked to fee income) by each holder's fee share; recoveries by the loss each bore;
 * late fees and credit balances are the platform's. A charge-off of a guaranteed funder's part is
 * followed by the platform paying it, under {@code guarantee:<date>}.
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
        Map<LedgerKind, Money> shared = new EnumMap<>(LedgerKind.class);
        List<Holdings.Part> chargedOff = new ArrayList<>();
        Money lateFeesChargedOff = Money.ZERO;
        for (Posting posting : postings) {
            LedgerKind kind = posting.kind();
            if (kind.opensPlan() || kind.reducesPrincipal()) {
                if (holdings == null) {
                    holdings = funding.holdings(booking.planId());
                }
                List<Holdings.Part> parts = principalParts(booking, posting, holdings);
                if (parts.isEmpty()) {
                    kind.book(entry, posting.amount());
                }
                parts.forEach(part -> kind.book(entry, part.amount(), part.holder()));
                if (kind == LedgerKind.CHARGE_OFF_PRINCIPAL) {
                    chargedOff.addAll(parts);
                }
            } else if (kind.moves(Account.FEE_INCOME) || kind.moves(Account.RECOVERY_INCOME)) {
                shared.merge(kind, posting.amount(), Money::plus);
            } else {
                if (kind == LedgerKind.CHARGE_OFF_LATE_FEE) {
                    lateFeesChargedOff = lateFeesChargedOff.plus(posting.amount());
                }
                kind.book(entry, posting.amount());
            }
        }
        shared.forEach((kind, amount) -> {
            List<Holdings.Part> parts = kind.moves(Account.FEE_INCOME)
                    ? funding.feeParts(booking.planId(), amount)
                    : funding.recoveryParts(booking.planId(), amount);
            parts.forEach(part -> kind.book(entry, part.amount(), part.holder()));
        });
        if (!entry.isEmpty()) {
            journal.save(entry.post());
        }
        if (!chargedOff.isEmpty() || lateFeesChargedOff.isPositive()) {
            guarantee(booking, funding.chargedOff(booking.planId(), chargedOff, lateFeesChargedOff));
        }
    }

    /** The platform pays the guaranteed funders what they wrote off. */
    private void guarantee(Booking booking, List<Holdings.Part> guaranteed) {
        if (guaranteed.isEmpty()) {
            return;
        }
        journal.save(Guarantees.pay(
                        JournalEntry.draft(
                                        booking.businessDate(),
                                        Guarantees.reference(booking.businessDate()),
                                        "the platform pays the guaranteed principal of plan " + booking.planId(),
                                        booking.recordedAt())
                                .about(booking.planId()),
                        guaranteed)
                .post());
    }

    /** The holders' parts of a movement of principal; none for a plan with no recorded holders. */
    private List<Holdings.Part> principalParts(Booking booking, Posting posting, Holdings holdings) {
        if (holdings.holdings().isEmpty()) {
            return List.of();
        }
        if (posting.kind().opensPlan()) {
            return holdings.opening(posting.amount());
        }
        List<Holdings.Part> parts = holdings.reduce(posting.amount());
        funding.reduced(booking.planId(), parts);
        return parts;
    }
}
