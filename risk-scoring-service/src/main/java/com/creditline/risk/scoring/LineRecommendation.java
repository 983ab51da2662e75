package com.creditline.risk.scoring;

import com.creditline.common.money.Money;
import com.creditline.risk.scoring.ApplicationFeatures.IncomeBand;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

/**
 * The line a grade earns, whichever model gave the grade: spend over 12 months times the grade's
 * multiplier, capped by the declared income band, within the product's 500-200,000 yuan, rounded
 * down to 100 yuan; and the pricing tier of the grade.
 */
public final class LineRecommendation {

    private static final Money MINIMUM_LIMIT = Money.yuan(500);
    private static final Money MAXIMUM_LIMIT = Money.yuan(200_000);

    private static final Map<Grade, BigDecimal> SPEND_MULTIPLIER = new EnumMap<>(Map.of(
            Grade.A, new BigDecimal("1.00"),
            Grade.B, new BigDecimal("0.80"),
            Grade.C, new BigDecimal("0.60"),
            Grade.D, new BigDecimal("0.40"),
            Grade.E, new BigDecimal("0.25")));

    private static final Map<IncomeBand, Money> INCOME_CAP = new EnumMap<>(Map.of(
            IncomeBand.UNDER_3K, Money.yuan(5_000),
            IncomeBand.FROM_3K_TO_8K, Money.yuan(20_000),
            IncomeBand.FROM_8K_TO_15K, Money.yuan(50_000),
            IncomeBand.FROM_15K_TO_30K, Money.yuan(100_000),
            IncomeBand.OVER_30K, Money.yuan(200_000)));

    private LineRecommendation() {}

    public static Money limit(ApplicationFeatures f, Grade grade) {
        Money bySpend = f.spend12m().times(SPEND_MULTIPLIER.get(grade));
        return withinProduct(bySpend.min(INCOME_CAP.get(f.incomeBand())));
    }

    /** A line within the product's 500-200,000 yuan, rounded down to a whole 100 yuan. */
    public static Money withinProduct(Money line) {
        Money capped = line.min(MAXIMUM_LIMIT).max(MINIMUM_LIMIT);
        return Money.of(capped.amount()
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN)
                .multiply(BigDecimal.valueOf(100)));
    }

    /** {@code TIER_A} ... {@code TIER_E}; {@code NONE} without a grade. */
    public static PricingTier pricingTier(Grade grade) {
        return grade == null ? PricingTier.NONE : PricingTier.valueOf("TIER_" + grade.name());
    }
}
