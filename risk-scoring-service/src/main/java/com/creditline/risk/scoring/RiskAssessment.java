package com.creditline.risk.scoring;

import com.creditline.common.money.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a model concludes about an applicant: probability of default, the score and grade derived
 * from it, a recommended limit and pricing tier, the reasons that weighed most against them, and
 * which model concluded it.
 */
public record RiskAssessment(
        boolean approved,
        BigDecimal probabilityOfDefault,
        int score,
        Grade grade,
        Money recommendedLimit,
        PricingTier pricingTier,
        List<String> reasons,
        ModelVersion model) {}
