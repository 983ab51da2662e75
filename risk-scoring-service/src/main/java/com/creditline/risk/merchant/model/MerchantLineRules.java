package com.creditline.risk.merchant.model;

import com.creditline.common.money.Money;
import com.creditline.risk.scoring.Grade;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How a merchant's line is sized: the grade's share of its net sales over the window (gross less
 * refunds), rounded down to 100 yuan and at most the maximum. A grade without a share is declined,
 * and so is a line that would come out under the minimum.
 */
public record MerchantLineRules(Map<Grade, BigDecimal> shares, Money minimumLimit, Money maximumLimit) {

    /** The reason given when the sales are too small for the smallest line. */
    public static final String SALES_TOO_SMALL = "SALES_TOO_SMALL";

    /** The reason given when the grade gets no line. */
    public static final String GRADE_DECLINED = "GRADE_DECLINED";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public MerchantLineRules {
        shares = shares.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(shares));
        if (minimumLimit.isGreaterThan(maximumLimit) || !minimumLimit.isPositive()) {
            throw new IllegalArgumentException("a merchant line's minimum must be positive and at most its maximum");
        }
        shares.values().forEach(s -> {
            if (s.signum() <= 0 || s.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("a grade's share of sales is above 0 and at most 1");
            }
        });
    }

    /** The line a grade earns on these net sales. */
    public MerchantLine size(Grade grade, Money netSales) {
        BigDecimal share = shares.get(grade);
        if (share == null) {
            return MerchantLine.declined(List.of(GRADE_DECLINED));
        }
        BigDecimal hundreds = netSales.amount().multiply(share).divide(HUNDRED, 0, RoundingMode.FLOOR);
        Money limit = Money.of(hundreds.multiply(HUNDRED)).min(maximumLimit);
        if (limit.isLessThan(minimumLimit)) {
            return MerchantLine.declined(List.of(SALES_TOO_SMALL));
        }
        return new MerchantLine(true, limit, List.of());
    }

    /** A line sized: approved with its limit, or declined (no limit) with why. */
    public record MerchantLine(boolean approved, Money limit, List<String> reasons) {

        public MerchantLine {
            reasons = List.copyOf(reasons);
        }

        static MerchantLine declined(List<String> reasons) {
            return new MerchantLine(false, Money.ZERO, reasons);
        }
    }
}
