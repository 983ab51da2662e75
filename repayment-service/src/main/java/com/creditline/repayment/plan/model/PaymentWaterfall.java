package com.creditline.repayment.plan.model;

import com.creditline.common.money.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * Allocates one payment over a plan's open installments (see {@link Plan}): the started ones oldest
 * first (late fee, fee, principal), then the rest prepays principal from the last installment
 * backwards, shrinking those fees pro rata; a payoff waives the fees of every period not started.
 * When interest accrues by the day, the current period (started, not yet due) owes its interest only
 * as far as earned ({@link InterestAccrual}), and principal paid before its due date (its own or
 * later installments') shrinks the interest of its days left ({@link Installment#shrinkInterestLeft}):
 * to nothing when the plan is paid off.
 */
final class PaymentWaterfall {

    private final PostingTrail trail = new PostingTrail();
    private Money principalRepaid = Money.ZERO;

    /** Allocates all of {@code amount}; the caller has checked it is not more than the payoff amount. */
    static PaymentWaterfall allocate(
            List<Installment> open, Money amount, LocalDate on, boolean payingOff, boolean byTheDay) {
        PaymentWaterfall waterfall = new PaymentWaterfall();
        Installment current = byTheDay
                ? open.stream()
                        .filter(i -> i.periodStartedBefore(on) && on.isBefore(i.dueDate()))
                        .findFirst()
                        .orElse(null)
                : null;
        Money balanceBefore = current == null ? Money.ZERO : balanceFrom(open, current);
        Money left = amount;
        for (Installment i : open) {
            if (i.periodStartedBefore(on)) {
                left = left.minus(waterfall.trail.post(i, LedgerKind.PAYMENT_LATE_FEE, i.payLateFee(left)));
                Money fee = i.payFee(left.min(i.feeOwed(on, byTheDay)));
                left = left.minus(waterfall.trail.post(i, LedgerKind.PAYMENT_FEE, fee));
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
        if (current != null && balanceFrom(open, current).isLessThan(balanceBefore)) {
            waterfall.trail.post(
                    current,
                    LedgerKind.FEE_WAIVED,
                    current.shrinkInterestLeft(on, balanceBefore, balanceFrom(open, current)));
        }
        if (payingOff) {
            unstarted.forEach(i -> waterfall.trail.post(i, LedgerKind.FEE_WAIVED, i.waiveFee()));
        }
        if (!left.isZero()) {
            throw new IllegalStateException("the waterfall left " + left + " unallocated");
        }
        return waterfall;
    }

    /** The principal the current period's interest runs on: unpaid on it and on the installments after it. */
    private static Money balanceFrom(List<Installment> open, Installment current) {
        return Money.sum(open.stream()
                .filter(i -> !i.dueDate().isBefore(current.dueDate()))
                .map(Installment::unpaidPrincipal)
                .toList());
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
