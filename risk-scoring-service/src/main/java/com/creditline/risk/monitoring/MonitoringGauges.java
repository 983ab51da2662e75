package com.creditline.risk.monitoring;

import com.creditline.risk.monitoring.MonitoringReport.FeatureStability;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The report as Prometheus gauges, refreshed on a schedule: the population stability of the
 * application score and of each feature the champion reads (tagged by feature), whether each passed
 * the alert threshold (0.25), and the latest week's approval rate. Passing the threshold is also
 * logged as a warning.
 */
@Component
class MonitoringGauges {

    private static final Logger log = LoggerFactory.getLogger(MonitoringGauges.class);

    private final ModelMonitoring monitoring;
    private final MeterRegistry meters;
    private final AtomicReference<MonitoringReport> latest = new AtomicReference<>();
    private final Map<String, FeatureStability> features = new ConcurrentHashMap<>();

    MonitoringGauges(ModelMonitoring monitoring, MeterRegistry meters) {
        this.monitoring = monitoring;
        this.meters = meters;
        Gauge.builder(
                        "risk.model.population.stability",
                        latest,
                        r -> r.get() == null ? 0 : r.get().stability().index())
                .description("Population stability index of the champion's application scores, last 7 days")
                .register(meters);
        Gauge.builder(
                        "risk.model.population.stability.alert",
                        latest,
                        r -> r.get() != null && r.get().stability().alert() ? 1 : 0)
                .description("1 when the application score's population stability is above 0.25")
                .register(meters);
        Gauge.builder(
                        "risk.applications.approval.rate",
                        latest,
                        r -> r.get() == null || r.get().weeks().isEmpty()
                                ? 0
                                : r.get().weeks().getFirst().approvalRate())
                .description("Share of the latest week's applications approved")
                .register(meters);
    }

    // On every replica, without the scheduled job lock (docs/replicas.md): it only reads, and each
    // replica exposes these gauges on its own /actuator/prometheus, so each must refresh its own.
    @Scheduled(
            fixedDelayString = "${creditline.risk.monitoring.every:10m}",
            initialDelayString = "${creditline.risk.monitoring.every:10m}")
    void refresh() {
        MonitoringReport report = monitoring.report();
        latest.set(report);
        if (report.stability().alert()) {
            log.warn(
                    "the application score of {} shifted: population stability {} over the last 7 days",
                    report.champion(),
                    String.format("%.3f", report.stability().index()));
        }
        features.keySet()
                .retainAll(report.featureStability().stream()
                        .map(FeatureStability::feature)
                        .toList());
        for (FeatureStability feature : report.featureStability()) {
            features.put(feature.feature(), feature);
            register(feature.feature());
            if (feature.alert()) {
                log.warn(
                        "the feature {} of {} shifted: population stability {} over the last 7 days",
                        feature.feature(),
                        report.champion(),
                        String.format("%.3f", feature.index()));
            }
        }
    }

    /** A feature's gauges, once per feature (registering again finds the same gauges). */
    private void register(String feature) {
        Gauge.builder("risk.model.feature.stability", features, f -> {
                    FeatureStability s = f.get(feature);
                    return s == null ? 0 : s.index();
                })
                .tag("feature", feature)
                .description("Population stability index of a feature the champion reads, last 7 days")
                .register(meters);
        Gauge.builder("risk.model.feature.stability.alert", features, f -> {
                    FeatureStability s = f.get(feature);
                    return s != null && s.alert() ? 1 : 0;
                })
                .tag("feature", feature)
                .description("1 when the feature's population stability is above 0.25")
                .register(meters);
    }
}
