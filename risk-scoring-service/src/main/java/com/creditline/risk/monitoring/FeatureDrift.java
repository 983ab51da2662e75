package com.creditline.risk.monitoring;

import com.creditline.risk.monitoring.MonitoringReport.FeatureStability;
import com.creditline.risk.scoring.ApplicationFeatures;
import com.creditline.risk.scoring.ApplicationObservations;
import com.creditline.risk.scoring.ModelVersion;
import com.creditline.risk.scoring.scorecard.Feature;
import com.creditline.risk.scoring.scorecard.FeatureBands;
import com.creditline.risk.scoring.scorecard.Observation;
import com.creditline.risk.scoring.scorecard.PopulationStability;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The population stability of each feature the champion reads, on the same populations as its
 * score's: the features its first 1,000 decisions were taken on (the baseline) against those of
 * the recent decisions, over bands drawn from the baseline ({@link FeatureBands}).
 */
@Component
class FeatureDrift {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    FeatureDrift(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<FeatureStability> of(ModelVersion model, List<Feature> features, LocalDate recentSince) {
        List<Observation> baseline = observations(
                "SELECT features::text FROM credit_application WHERE model_id = ? AND model_version = ?"
                        + " ORDER BY decided_on, decided_at LIMIT " + ModelMonitoring.BASELINE,
                model.modelId(),
                model.version());
        List<Observation> recent = observations(
                "SELECT features::text FROM credit_application WHERE model_id = ? AND model_version = ?"
                        + " AND decided_on >= ?",
                model.modelId(),
                model.version(),
                recentSince);
        return features.stream()
                .map(feature -> {
                    double index = baseline.isEmpty() || recent.isEmpty()
                            ? 0
                            : FeatureBands.of(feature, baseline).stability(baseline, recent);
                    return new FeatureStability(
                            feature.name(), index, baseline.size(), recent.size(), index > PopulationStability.SHIFTED);
                })
                .toList();
    }

    /** The features the decisions were taken on; decisions from before features were kept have none. */
    private List<Observation> observations(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query((rs, n) -> rs.getString(1)).list().stream()
                .filter(Objects::nonNull)
                .map(text -> ApplicationObservations.of(json.readValue(text, ApplicationFeatures.class)))
                .toList();
    }
}
