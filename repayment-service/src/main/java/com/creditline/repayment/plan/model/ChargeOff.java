package com.creditline.repayment.plan.model;

import com.creditline.common.money.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * What charging a plan off does: the fees of periods not started are waived (they were never
 * income), and the outstanding principal and unpaid late fees leave the books. The customer still
 * owes what the installments show.
 */
public record ChargeOff(List<Posting> postings, Money principalWrittenOff, Money lateFeesWrittenOff) {

    public ChargeOff {
        postings = List.copyOf(postings);
    }

    /** Charges off a plan's open installments and its outstanding principal on {@code on}. */
    static ChargeOff of(List<Installment> open, Money outstandingPrincipal, LocalDate on) {
        PostingTrail trail = new PostingTrail();
        open.stream()
                .filter(i -> !i.periodStartedBefore(on))
                .forEach(i -> trail.post(i, LedgerKind.FEE_WAIVED, i.waiveFee()));
        Money lateFees = Money.sum(open.stream().map(Installment::unpaidLateFee).toList());
        trail.post(null, LedgerKind.CHARGE_OFF_PRINCIPAL, outstandingPrincipal);
        trail.post(null, LedgerKind.CHARGE_OFF_LATE_FEE, lateFees);
        return new ChargeOff(trail.postings(), outstandingPrincipal, lateFees);
    }
}
