package com.creditline.repayment.funding.model;

import com.creditline.common.id.PlanId;
import com.creditline.common.money.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan opening, as its funding needs it: its principal and grade, the principal each installment
 * of its schedule repays (one a month), and its fees in all: the schedule's fees and the subsidy the
 * merchant pays in the customer's place.
 */
public record PlanToFund(
        PlanId planId, Money principal, String grade, List<Money> principalDue, Money fees, LocalDate on) {

    public PlanToFund {
        principalDue = List.copyOf(principalDue);
    }

    public int installments() {
        return principalDue.size();
    }
}
