package com.creditline.risk.scoring;

import com.creditline.risk.scoring.scorecard.Feature;
import com.creditline.risk.scoring.scorecard.Feature.Trend;
import com.creditline.risk.scoring.scorecard.Observation;
import java.util.List;
import java.util.Map;

/**
 * An application's features as a scorecard reads them, and the features a scorecard of
 * applications is trained on, with the direction the business expects each to take.
 */
public final class ApplicationObservations {

    public static final List<Feature> FEATURES = List.of(
            Feature.number("accountAgeMonths", Trend.RISK_FALLS),
            Feature.number("orders12m", Trend.RISK_FALLS),
            Feature.number("spend12m", Trend.NONE),
            Feature.number("returnRate", Trend.RISK_RISES),
            Feature.number("onTimePaymentRatio", Trend.RISK_FALLS),
            Feature.number("worstDpd", Trend.RISK_RISES),
            Feature.number("devices", Trend.RISK_RISES),
            Feature.category("incomeBand"),
            Feature.category("identityVerified"));

    private ApplicationObservations() {}

    public static Observation of(ApplicationFeatures f) {
        return new Observation(
                Map.of(
                        "accountAgeMonths", (double) f.accountAgeMonths(),
                        "orders12m", (double) f.orders12m(),
                        "spend12m", f.spend12m().amount().doubleValue(),
                        "returnRate", f.returnRate().doubleValue(),
                        "onTimePaymentRatio", f.onTimePaymentRatio().doubleValue(),
                        "worstDpd", (double) f.worstDpd(),
                        "devices", (double) f.devices()),
                Map.of(
                        "incomeBand",
                        f.incomeBand().name(),
                        "identityVerified",
                        f.identityVerified().toString()));
    }
}
