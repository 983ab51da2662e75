package com.creditline.repayment.plan.model;

import com.creditline.common.money.Money;
import java.util.List;

/**
 * How a payment was allocated by the waterfall: the postings (late fees, fees, principal, fees
 * waived), the installments it settled, and the principal it repaid.
 */
public record PaymentAllocation(
        Money amount, List<Posting> postings, List<Settlement> settled, Money principalRepaid, boolean paidOff) {

    public PaymentAllocation {
        postings = List.copyOf(postings);
        settled = List.copyOf(settled);
    }

    /** The money the payment moved: everything but waivers; always equal to {@link #amount}. */
    public Money allocated() {
        return Money.sum(postings.stream()
                .filter(p -> p.kind() != LedgerKind.FEE_WAIVED)
                .map(Posting::amount)
                .toList());
    }

    public Money feesWaived() {
        return Money.sum(postings.stream()
                .filter(p -> p.kind() == LedgerKind.FEE_WAIVED)
                .map(Posting::amount)
                .toList());
    }
}
