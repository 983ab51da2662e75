package com.creditline.risk.merchant.model;

import com.creditline.common.id.MerchantId;
import com.creditline.common.money.Money;
import com.creditline.risk.scoring.Grade;
import com.creditline.risk.scoring.ModelVersion;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A decision on a merchant's application for a line: the score and grade of the merchant scorecard,
 * the features it read, the net sales the line was sized on, the line (none when declined) and the
 * reasons, with the model and the business date.
 */
public record MerchantDecision(
        UUID id,
        MerchantId merchantId,
        boolean approved,
        int score,
        Grade grade,
        Money limit,
        Money netSales,
        List<String> reasons,
        MerchantFeatures features,
        ModelVersion model,
        LocalDate decidedOn,
        Instant decidedAt) {

    public MerchantDecision {
        reasons = List.copyOf(reasons);
    }

    /** The day from which the merchant may apply again. */
    public LocalDate mayReapplyFrom(java.time.Period coolOff) {
        return decidedOn.plus(coolOff);
    }
}
