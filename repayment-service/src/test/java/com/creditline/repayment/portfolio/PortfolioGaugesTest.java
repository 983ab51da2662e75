package com.creditline.repayment.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.money.Money;
import com.creditline.repayment.portfolio.PortfolioReading.BucketLine;
import com.creditline.repayment.portfolio.PortfolioReading.Delinquency;
import com.creditline.repayment.portfolio.model.PortfolioBucket;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortfolioGaugesTest {

    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final PortfolioGauges gauges = new PortfolioGauges(null, registry);

    @Test
    void shouldShowEveryBucketAtZeroBeforeTheFirstRead() {
        assertThat(registry.get(PortfolioGauges.OUTSTANDING).gauges()).hasSize(PortfolioBucket.values().length);
        assertThat(value(PortfolioGauges.PLANS, PortfolioBucket.M3_PLUS)).isZero();
    }

    @Test
    void shouldShowTheBucketsOfTheLatestRead() {
        gauges.show(new Delinquency(
                LocalDate.parse("2026-12-03"),
                3,
                Money.of("1500.00"),
                List.of(
                        new BucketLine(PortfolioBucket.CURRENT, 2, Money.of("1000.50")),
                        new BucketLine(PortfolioBucket.M1, 1, Money.of("499.50"))),
                List.of()));

        assertThat(value(PortfolioGauges.OUTSTANDING, PortfolioBucket.CURRENT)).isEqualTo(1000.50);
        assertThat(value(PortfolioGauges.PLANS, PortfolioBucket.CURRENT)).isEqualTo(2);
        assertThat(value(PortfolioGauges.OUTSTANDING, PortfolioBucket.M1)).isEqualTo(499.50);
        assertThat(value(PortfolioGauges.OUTSTANDING, PortfolioBucket.CHARGED_OFF))
                .isZero();
    }

    private double value(String name, PortfolioBucket bucket) {
        return registry.get(name).tag("bucket", bucket.name()).gauge().value();
    }
}
