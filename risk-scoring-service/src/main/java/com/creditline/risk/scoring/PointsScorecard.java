package com.creditline.risk.scoring;

import com.creditline.common.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The expert scorecard: judgmental, its weights set by hand (how a lender without outcome data
 * starts), the champion until a trained scorecard is promoted. A logistic points scorecard with documented weights (docs/risk-model.md). Each feature adds to
 * the log-odds of default; the probability of default is the logistic of their sum; the score
 * puts 2% probability of default at 600 points, and 40 points double the odds of repaying. The
 * reasons are the features that added most to the log-odds, largest first.
 */
public class PointsScorecard implements RiskModel {

    static final double INTERCEPT = -3.0;
    static final double POINTS_TO_DOUBLE_ODDS = 40;
    static final double ANCHOR_SCORE = 600;
    static final double ANCHOR_LOG_ODDS = Math.log(0.02 / 0.98);

    @Override
    public ModelVersion version() {
        return ModelVersion.EXPERT;
    }

    @Override
    public RiskAssessment assess(ApplicationFeatures f) {
        Map<String, Double> contributions = contributions(f);
        double logOdds = INTERCEPT
                + contributions.values().stream()
                        .mapToDouble(Double::doubleValue)
                        .sum();
        BigDecimal pd = BigDecimal.valueOf(1 / (1 + Math.exp(-logOdds))).setScale(4, RoundingMode.HALF_UP);
        int score = (int) Math.round(Math.max(
                300, Math.min(900, ANCHOR_SCORE - POINTS_TO_DOUBLE_ODDS / Math.log(2) * (logOdds - ANCHOR_LOG_ODDS))));
        Grade grade = Grade.of(pd);
        boolean approved = grade != null && f.identityVerified();
        List<String> reasons = contributions.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(3)
                .map(Map.Entry::getKey)
                .toList();
        Money limit = approved ? LineRecommendation.limit(f, grade) : Money.ZERO;
        PricingTier tier = LineRecommendation.pricingTier(grade);
        return new RiskAssessment(
                approved, pd, score, grade == null ? Grade.E : grade, limit, tier, reasons, version());
    }

    /** Each feature's addition to the log-odds of default, by reason code. */
    static Map<String, Double> contributions(ApplicationFeatures f) {
        Map<String, Double> c = new LinkedHashMap<>();
        c.put("SHORT_ACCOUNT_HISTORY", f.accountAgeMonths() < 6 ? 0.5 : -0.02 * Math.min(36, f.accountAgeMonths()));
        c.put("FEW_ORDERS", f.orders12m() < 3 ? 0.4 : -0.03 * Math.min(40, f.orders12m()));
        c.put("HIGH_RETURN_RATE", 3.0 * f.returnRate().doubleValue() - 0.3);
        c.put("LATE_PAYMENTS", 4.0 * (1 - f.onTimePaymentRatio().doubleValue()) - 0.2);
        c.put("PAST_DELINQUENCY", pastDelinquency(f.worstDpd()));
        c.put("IDENTITY_NOT_VERIFIED", f.identityVerified() ? 0.0 : 2.0);
        c.put(
                "LOW_INCOME",
                switch (f.incomeBand()) {
                    case UNDER_3K -> 0.6;
                    case FROM_3K_TO_8K -> 0.2;
                    case FROM_8K_TO_15K -> 0.0;
                    case FROM_15K_TO_30K -> -0.2;
                    case OVER_30K -> -0.4;
                });
        c.put("MANY_DEVICES", Math.min(1.5, 0.15 * Math.max(0, f.devices() - 3)));
        return c;
    }

    private static double pastDelinquency(int worstDpd) {
        if (worstDpd == 0) {
            return 0;
        }
        if (worstDpd <= 30) {
            return 0.8;
        }
        return worstDpd <= 90 ? 1.8 : 3.5;
    }
}
