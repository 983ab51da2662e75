package com.creditline.checkout.cash.model;

import com.creditline.common.error.RuleViolation;
import java.util.List;
import java.util.stream.Collectors;

/** The customer may not draw cash now; the detail names every reason. */
public class CashNotEligible extends RuleViolation {

    private final List<CashEligibility.Reason> reasons;

    public CashNotEligible(List<CashEligibility.Reason> reasons) {
        super("The customer may not draw cash: "
                + reasons.stream().map(Enum::name).collect(Collectors.joining(", ")) + ".");
        this.reasons = List.copyOf(reasons);
    }

    public List<CashEligibility.Reason> reasons() {
        return reasons;
    }
}
