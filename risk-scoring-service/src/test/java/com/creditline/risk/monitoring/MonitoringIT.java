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
 * the model's baseline raises the stability alert, in the report and as a Prometheus gauge.
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
                UUID.randomUUID(), "mon-" + i, "APPROVED", 650 + i % 100, "B", longAgo, null, Date.valueOf("2020-03-02")
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
                Date.valueOf(clock.businessDate())
            });
        }
        jdbc.batchUpdate(
                "INSERT INTO credit_application (application_id, customer_id, decision, probability_of_default, score,"
                        + " grade, recommended_limit, pricing_tier, reasons, decided_at, model_id, model_version,"
                        + " model_origin, outcome, decided_on) VALUES (?, ?, ?, 0.2, ?, ?, 0, 'TIER_E', '', ?, 'expert-scorecard',"
                        + " 1, 'JUDGMENTAL', ?, ?)",
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
    }
}
