package com.creditline.repayment.portfolio;

import com.creditline.repayment.portfolio.PortfolioReading.BucketLine;
import com.creditline.repayment.portfolio.PortfolioReading.Delinquency;
import com.creditline.repayment.portfolio.model.PortfolioBucket;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The portfolio by delinquency bucket as gauges, for the dashboards: the plans and the outstanding
 * principal (yuan) of each bucket, read from the book on a schedule rather than on every scrape
 * (the read groups every open plan). A gauge is a picture for the eye; the exact amounts are the
 * portfolio endpoint's.
 */
@Component
class PortfolioGauges {

    static final String OUTSTANDING = "creditline.portfolio.outstanding.principal";
    static final String PLANS = "creditline.portfolio.plans";

    private static final Logger log = LoggerFactory.getLogger(PortfolioGauges.class);

    private final PortfolioReading reading;
    private final AtomicReference<Map<PortfolioBucket, BucketLine>> latest =
            new AtomicReference<>(new EnumMap<>(PortfolioBucket.class));

    PortfolioGauges(PortfolioReading reading, MeterRegistry meters) {
        this.reading = reading;
        for (PortfolioBucket bucket : PortfolioBucket.values()) {
            String tag = bucket.name();
            Gauge.builder(
                            OUTSTANDING,
                            latest,
                            l -> line(l, bucket) == null
                                    ? 0
                                    : line(l, bucket)
                                            .outstandingPrincipal()
                                            .amount()
                                            .doubleValue())
                    .description("Outstanding principal (CNY) of the plans in a delinquency bucket")
                    .tag("bucket", tag)
                    .register(meters);
            Gauge.builder(
                            PLANS,
                            latest,
                            l -> line(l, bucket) == null ? 0 : line(l, bucket).plans())
                    .description("Open plans in a delinquency bucket")
                    .tag("bucket", tag)
                    .register(meters);
        }
    }

    // On every replica, without the scheduled job lock (docs/replicas.md): it only reads, and each
    // replica exposes these gauges on its own /actuator/prometheus, so each must refresh its own.
    @Scheduled(
            fixedDelayString = "${creditline.portfolio.gauges-interval:5m}",
            initialDelayString = "${creditline.portfolio.gauges-initial-delay:30s}")
    void refresh() {
        try {
            show(reading.delinquency());
        } catch (RuntimeException e) {
            log.warn("portfolio gauges not refreshed: {}", e.toString());
        }
    }

    void show(Delinquency delinquency) {
        Map<PortfolioBucket, BucketLine> lines = new EnumMap<>(PortfolioBucket.class);
        delinquency.buckets().forEach(line -> lines.put(line.bucket(), line));
        latest.set(lines);
    }

    private static BucketLine line(AtomicReference<Map<PortfolioBucket, BucketLine>> latest, PortfolioBucket bucket) {
        return latest.get().get(bucket);
    }
}
