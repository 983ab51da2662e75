package com.creditline.checkout.cash.model;

import com.creditline.common.error.RuleViolation;
import java.util.List;
import java.util.stream.Collectors;

/** The merchant may not draw on its line now; the detail names every reason. */
public class MerchantLoanNotEligible extends RuleViolation {

    private final List<MerchantLoanEligibility.Reason> reasons;

    public MerchantLoanNotEligible(List<MerchantLoanEligibility.Reason> reasons) {
        super("The merchant may not draw on its line: "
                + reasons.stream().map(Enum::name).collect(Collectors.joining(", ")) + ".");
        this.reasons = List.copyOf(reasons);
    }

    public List<MerchantLoanEligibility.Reason> reasons() {
        return reasons;
    }
}
