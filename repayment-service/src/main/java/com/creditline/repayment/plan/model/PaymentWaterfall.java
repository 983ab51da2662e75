package com.creditline.repayment.plan.model;

import com.creditline.common.money.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * Allocates one payment over a plan's open installments (see {@link Plan}): the started ones oldest
 * first (late fee, fee, principal), then the rest prepays principal from the last installment
 * backwards, shrinking those fees pro rata; a payoff waives the fees of every period not started.
 */
final class PaymentWaterfall {

    private final PostingTrail trail = new PostingTrail();
    private Money principalRepaid = Money.ZERO;

    /** Allocates all of {@code amount}; the caller has checked it is not more than the payoff amount. */
    static PaymentWaterfall allocate(List<Installment> open, Money amount, LocalDate on, boolean payingOff) {
        PaymentWaterfall waterfall = new PaymentWaterfall();
        Money left = amount;
        for (Installment i : open) {
            if (i.periodStartedBefore(on)) {
                left = left.minus(waterfall.trail.post(i, LedgerKind.PAYMENT_LATE_FEE, i.payLateFee(left)));
                left = left.minus(waterfall.trail.post(i, LedgerKind.PAYMENT_FEE, i.payFee(left)));
                left = left.minus(waterfall.principal(i, left));
            }
        }
        List<Installment> unstarted =
                open.stream().filter(i -> !i.periodStartedBefore(on)).toList().reversed();
        for (Installment i : unstarted) {
            if (left.isZero()) {
                break;
            }
            Money before = i.unpaidPrincipal();
            left = left.minus(waterfall.principal(i, left));
            waterfall.trail.post(i, LedgerKind.FEE_WAIVED, i.shrinkFeeProRata(before));
        }
        if (payingOff) {
            unstarted.forEach(i -> waterfall.trail.post(i, LedgerKind.FEE_WAIVED, i.waiveFee()));
        }
        if (!left.isZero()) {
            throw new IllegalStateException("the waterfall left " + left + " unallocated");
        }
        return waterfall;
    }

    private Money principal(Installment i, Money available) {
        Money part = trail.post(i, LedgerKind.PAYMENT_PRINCIPAL, i.payPrincipal(available));
        principalRepaid = principalRepaid.plus(part);
        return part;
    }

    List<Posting> postings() {
        return trail.postings();
    }

    Money principalRepaid() {
        return principalRepaid;
    }
}
