package com.creditline.repayment.plan.model;

import com.creditline.common.money.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * Applies one refund to a plan's open installments (see {@link Plan#refund}): principal off from
 * the last installment backwards, the fees of periods not started shrunk pro rata; once no
 * principal is left, late fees and started fees oldest first, the fees of periods not started
 * waived. What it cannot settle is {@link #left()}: the plan keeps it as a credit balance.
 */
final class RefundWaterfall {

    private final PostingTrail trail = new PostingTrail();
    private Money principalRefunded = Money.ZERO;
    private Money left;

    private RefundWaterfall(Money amount) {
        this.left = amount;
    }

    static RefundWaterfall apply(List<Installment> open, Money amount, LocalDate on) {
        RefundWaterfall refund = new RefundWaterfall(amount);
        for (Installment i : open.reversed()) {
            if (refund.left.isZero()) {
                break;
            }
            refund.takePrincipalOff(i, on);
        }
        if (refund.left.isPositive()) {
            for (Installment i : open) {
                refund.settleFees(i, on);
            }
        }
        return refund;
    }

    private void takePrincipalOff(Installment i, LocalDate on) {
        Money before = i.unpaidPrincipal();
        Money cut = trail.post(i, LedgerKind.REFUND_PRINCIPAL, i.reducePrincipal(left));
        left = left.minus(cut);
        principalRefunded = principalRefunded.plus(cut);
        if (!i.periodStartedBefore(on)) {
            trail.post(i, LedgerKind.REFUND_FEE_REDUCTION, i.shrinkFeeProRata(before));
        }
    }

    private void settleFees(Installment i, LocalDate on) {
        if (!i.periodStartedBefore(on)) {
            trail.post(i, LedgerKind.REFUND_FEE_REDUCTION, i.waiveFee());
            return;
        }
        left = left.minus(trail.post(i, LedgerKind.REFUND_LATE_FEE, i.payLateFee(left)));
        left = left.minus(trail.post(i, LedgerKind.REFUND_FEE, i.payFee(left)));
    }

    List<Posting> postings() {
        return trail.postings();
    }

    Money principalRefunded() {
        return principalRefunded;
    }

    /** What the refund did not settle: owed back to the customer. */
    Money left() {
        return left;
    }
}
