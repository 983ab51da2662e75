package com.creditline.creditlimit.account.model;

import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * risk-scoring approved a merchant's line: the limit (already within {@link MerchantLimits}), the
 * grade, and why, with the model that decided, for the business date it decided on.
 */
public record MerchantLineDecision(
        CustomerId customerId,
        UUID decisionId,
        Money limit,
        String grade,
        String modelId,
        int modelVersion,
        List<String> reasons,
        LocalDate decidedOn) {

    /** The actor of a merchant line's opening and limit changes in the account's history. */
    public static final String ACTOR = "risk:merchant-line";

    /** For example "merchant line decision 3f2a…: sales-12m-growth, on-time-sweeps (model merchant-line-v2 v3)". */
    public String reason() {
        return "merchant line decision " + decisionId + ": " + String.join(", ", reasons) + " (model " + modelId + " v"
                + modelVersion + ")";
    }

    /** The same decision with the limit a merchant line takes of it ({@link MerchantLimits#limitFor}). */
    public MerchantLineDecision limited(Money to) {
        return new MerchantLineDecision(customerId, decisionId, to, grade, modelId, modelVersion, reasons, decidedOn);
    }

    /** Whether this decision is not older than the one applied on {@code appliedOn} (none when null). */
    boolean supersedes(LocalDate appliedOn) {
        return appliedOn == null || !decidedOn.isBefore(appliedOn);
    }
}
