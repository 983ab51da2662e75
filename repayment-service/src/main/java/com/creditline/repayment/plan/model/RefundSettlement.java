package com.creditline.repayment.plan.model;

import com.creditline.common.money.Money;
import java.util.List;

/** What a refund did to a plan: principal reduced, fees shrunk or settled, credit balance left. */
public record RefundSettlement(
        Money amount, List<Posting> postings, Money principalRefunded, Money creditBalance, boolean closedPlan) {

    public RefundSettlement {
        postings = List.copyOf(postings);
    }
}
