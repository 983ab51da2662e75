package com.creditline.risk.behaviour.model;

import com.creditline.common.money.Money;
import com.creditline.risk.scoring.Grade;
import com.creditline.risk.scoring.LineRecommendation;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * The line a behaviour grade recommends, from the line the customer has: A and B raise it (by 20 %
 * and 10 %), C keeps it, D and E cut it (to 70 % and 50 %); rounded down to 100 yuan, within the
 * product's 500-200,000 yuan. credit-limit never cuts below what the customer owes.
 */
public final class BehaviourLimit {

    private static final Map<Grade, BigDecimal> FACTOR = new EnumMap<>(Map.of(
            Grade.A, new BigDecimal("1.20"),
            Grade.B, new BigDecimal("1.10"),
            Grade.C, BigDecimal.ONE,
            Grade.D, new BigDecimal("0.70"),
            Grade.E, new BigDecimal("0.50")));

    private BehaviourLimit() {}

    public static Money recommended(Money currentLimit, Grade grade) {
        return LineRecommendation.withinProduct(currentLimit.times(FACTOR.get(grade)));
    }
}
