package com.creditline.risk.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.test.RealInfrastructure;
import com.creditline.common.test.TestCallers;
import com.creditline.common.test.TestHttp;
import com.creditline.common.time.BusinessClock;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The monitoring report on real PostgreSQL: a population whose application scores fell far below
 * the model's baseline, and whose worst days past due rose far above it, raises the stability
 * alerts of the score and of that feature, in the report and as Prometheus gauges.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class MonitoringIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BusinessClock clock;

    @Autowired
    MonitoringGauges gauges;

    @Test
    void shouldReportAShiftedPopulationWithApprovalsGradesAndVintages() {
        List<Object[]> rows = new ArrayList<>();
        Timestamp longAgo = Timestamp.from(Instant.parse("2020-03-02T02:00:00Z"));
        for (int i = 0; i < 200; i++) {
            rows.add(new Object[] {
                UUID.randomUUID(),
                "mon-" + i,
                "APPROVED",
                650 + i % 100,
                "B",
                longAgo,
                null,
                Date.valueOf("2020-03-02"),
                features(0, i % 4)
            });
        }
        Timestamp now = Timestamp.from(clock.now());
        for (int i = 0; i < 300; i++) {
            rows.add(new Object[] {
                UUID.randomUUID(),
                "mon-r" + i,
                i % 3 == 0 ? "DECLINED" : "APPROVED",
                450,
                "E",
                now,
                i % 2 == 0 ? "BAD" : null,
                Date.valueOf(clock.businessDate()),
                features(400, i % 4)
            });
        }
        jdbc.batchUpdate(
                "INSERT INTO credit_application (application_id, customer_id, decision, probability_of_default, score,"
                        + " grade, recommended_limit, pricing_tier, reasons, decided_at, model_id, model_version,"
                        + " model_origin, outcome, decided_on, features) VALUES (?, ?, ?, 0.2, ?, ?, 0, 'TIER_E', '', ?,"
                        + " 'expert-scorecard', 1, 'JUDGMENTAL', ?, ?, ?::jsonb)",
                rows);

        JsonNode report = TestHttp.as(port, TestCallers.staff("vera", "VIEWER"))
                .get()
                .uri("/api/v1/admin/risk/monitoring")
                .retrieve()
                .body(JsonNode.class);

        assertThat(report.path("champion").path("modelId").asString()).isEqualTo("expert-scorecard");
        JsonNode stability = report.path("stability");
        assertThat(stability.path("index").asDouble()).isGreaterThan(0.25);
        assertThat(stability.path("alert").asBoolean()).isTrue();
        assertThat(stability.path("recentApplications").asInt()).isGreaterThanOrEqualTo(300);
        JsonNode features = report.path("featureStability");
        assertThat(features.findValuesAsString("feature"))
                .as("every feature the expert reads")
                .containsExactlyInAnyOrder(
                        "accountAgeMonths",
                        "orders12m",
                        "spend12m",
                        "returnRate",
                        "onTimePaymentRatio",
                        "worstDpd",
                        "devices",
                        "incomeBand",
                        "identityVerified");
        JsonNode worstDpd = feature(features, "worstDpd");
        assertThat(worstDpd.path("index").asDouble()).isGreaterThan(0.25);
        assertThat(worstDpd.path("alert").asBoolean()).isTrue();
        assertThat(worstDpd.path("recentApplications").asInt()).isGreaterThanOrEqualTo(300);
        JsonNode identity = feature(features, "identityVerified");
        assertThat(identity.path("index").asDouble())
                .as("(nearly) every applicant verified before and after, whichever other test wrote decisions first")
                .isLessThan(0.25);
        assertThat(identity.path("alert").asBoolean()).isFalse();
        JsonNode week = report.path("weeks").get(0);
        assertThat(week.path("applications").asLong()).isGreaterThanOrEqualTo(300);
        assertThat(week.path("approvalRate").asDouble()).isBetween(0.0, 1.0);
        assertThat(week.path("gradeMix").path("E").asLong()).isGreaterThanOrEqualTo(200);
        assertThat(report.path("badRatesByGrade").findValuesAsString("grade")).contains("E");
        assertThat(report.path("vintages").size()).isPositive();

        gauges.refresh();
        String metrics =
                TestHttp.to(port).get().uri("/actuator/prometheus").retrieve().body(String.class);
        assertThat(metrics).contains("risk_model_population_stability_alert 1.0");
        assertThat(metrics).contains("risk_model_feature_stability_alert{feature=\"worstDpd\"} 1.0");
        assertThat(metrics).contains("risk_model_feature_stability{feature=\"incomeBand\"}");
    }

    private static JsonNode feature(JsonNode features, String name) {
        for (JsonNode feature : features) {
            if (feature.path("feature").asString().equals(name)) {
                return feature;
            }
        }
        throw new AssertionError("no stability reported for " + name);
    }

    /** An applicant's features as a decision keeps them, with the worst days past due given. */
    private static String features(int worstDpd, int incomeBand) {
        String[] bands = {"UNDER_3K", "FROM_3K_TO_8K", "FROM_8K_TO_15K", "FROM_15K_TO_30K"};
        return "{\"accountAgeMonths\":24,\"orders12m\":30,\"spend12m\":{\"amount\":\"9000.00\",\"currency\":\"CNY\"},"
                + "\"returnRate\":0.05,\"onTimePaymentRatio\":0.95,\"worstDpd\":" + worstDpd
                + ",\"identityVerified\":true,\"incomeBand\":\"" + bands[incomeBand] + "\",\"devices\":2}";
    }
}
