package com.creditline.repayment.plan.model;

import com.creditline.common.money.Money;
import java.util.ArrayList;
import java.util.List;

/** What one operation on a plan moved, in order, for the ledger; a zero amount leaves no posting. */
final class PostingTrail {

    private final List<Posting> postings = new ArrayList<>();

    /** Records {@code amount} (when positive) and returns it, so a step can take it off what is left. */
    Money post(Installment installment, LedgerKind kind, Money amount) {
        if (amount.isPositive()) {
            postings.add(new Posting(installment == null ? null : installment.number(), kind, amount));
        }
        return amount;
    }

    List<Posting> postings() {
        return List.copyOf(postings);
    }
}
