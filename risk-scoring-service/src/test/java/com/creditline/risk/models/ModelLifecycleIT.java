package com.creditline.risk.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.security.Caller;
import com.creditline.common.test.RealInfrastructure;
import com.creditline.common.test.TestCallers;
import com.creditline.common.test.TestHttp;
import com.creditline.risk.scoring.SimulatedApplicationBook;
import com.creditline.risk.scoring.SimulatedApplicationBook.Application;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The model lifecycle on real PostgreSQL: a challenger trained on a labelled book (a documented
 * simulation, docs/risk-model.md) beats the expert champion on held-out applications, is promoted
 * (audited), decides the next application, and is rolled back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class ModelLifecycleIT {

    static final Caller SHOP = Caller.client("shop", List.of("customers:write", "customers:read"));

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void shouldTrainAChallengerThatBeatsTheExpertPromoteItAndRollBack() {
        labelledBook(SimulatedApplicationBook.draw(3_000, 21));
        RestClient officer = TestHttp.as(port, TestCallers.staff("olga", "CREDIT_OFFICER"));
        RestClient admin = TestHttp.as(port, TestCallers.staff("alice", "ADMIN"));
        try {
            ResponseEntity<JsonNode> trained = post(officer, "/api/v1/admin/risk/models/challengers", "");
            assertThat(trained.getStatusCode().value()).isEqualTo(201);
            JsonNode challenger = trained.getBody();
            assertThat(challenger.path("status").asString()).isEqualTo("CHALLENGER");
            assertThat(challenger.path("model").path("origin").asString()).isEqualTo("TRAINED");
            JsonNode comparison = challenger.path("comparison");
            assertThat(comparison.path("challenger").path("auc").asDouble())
                    .isGreaterThan(comparison.path("champion").path("auc").asDouble());
            assertThat(comparison.path("heldOut").asInt()).isGreaterThanOrEqualTo(900);
            String modelId = challenger.path("model").path("modelId").asString();
            int version = challenger.path("model").path("version").asInt();
            String promotion = "/api/v1/admin/risk/models/" + modelId + "/versions/" + version + "/promotion";

            assertThat(post(officer, promotion, "{\"reason\":\"beats the expert\"}")
                            .getStatusCode()
                            .value())
                    .as("promotion is an admin's")
                    .isEqualTo(403);
            ResponseEntity<JsonNode> promoted = post(admin, promotion, "{\"reason\":\"beats the expert on held out\"}");
            assertThat(promoted.getStatusCode().value()).isEqualTo(200);
            assertThat(promoted.getBody().path("status").asString()).isEqualTo("CHAMPION");
            assertThat(post(admin, promotion, "{\"reason\":\"again\"}")
                            .getStatusCode()
                            .value())
                    .isEqualTo(409);
            assertThat(jdbc.queryForObject(
                            "SELECT promoted_by FROM model_promotion WHERE model_id = ? AND version = ?",
                            String.class,
                            modelId,
                            version))
                    .isEqualTo("staff:alice");
            JsonNode latest = TestHttp.as(port, TestCallers.staff("vera", "VIEWER"))
                    .get()
                    .uri("/api/v1/admin/risk/models/promotions")
                    .retrieve()
                    .body(JsonNode.class)
                    .get(0);
            assertThat(latest.path("modelId").asString()).isEqualTo(modelId);
            assertThat(latest.path("version").asInt()).isEqualTo(version);
            assertThat(latest.path("previousModelId").asString()).isEqualTo("expert-scorecard");
            assertThat(latest.path("promotedBy").asString()).isEqualTo("staff:alice");
            assertThat(latest.path("reason").asString()).isEqualTo("beats the expert on held out");

            JsonNode decision = apply();
            assertThat(decision.path("model").path("modelId").asString()).isEqualTo(modelId);
            assertThat(decision.path("model").path("origin").asString()).isEqualTo("TRAINED");
        } finally {
            post(admin, "/api/v1/admin/risk/models/expert-scorecard/versions/1/promotion", "{\"reason\":\"rollback\"}");
        }
        assertThat(apply().path("model").path("modelId").asString()).isEqualTo("expert-scorecard");
        assertThat(post(admin, "/api/v1/admin/risk/models/nope/versions/9/promotion", "{\"reason\":\"x\"}")
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
    }

    private void labelledBook(List<Application> book) {
        Timestamp at = Timestamp.from(Instant.parse("2025-01-15T02:00:00Z"));
        jdbc.batchUpdate(
                "INSERT INTO credit_application (application_id, customer_id, decision, probability_of_default, score,"
                        + " grade, recommended_limit, pricing_tier, reasons, decided_at, model_id, model_version,"
                        + " model_origin, features, outcome, outcome_on, decided_on) VALUES (?, ?, 'APPROVED', 0.05, 600,"
                        + " 'B', 1000.00, 'TIER_B', '', ?, 'expert-scorecard', 1, 'JUDGMENTAL', ?::jsonb, ?,"
                        + " '2026-01-15', '2025-01-15')",
                book.stream()
                        .map(a -> new Object[] {
                            UUID.randomUUID(),
                            "sim-" + UUID.randomUUID().toString().substring(0, 12),
                            at,
                            json.writeValueAsString(a.features()),
                            a.bad() ? "BAD" : "GOOD"
                        })
                        .toList());
    }

    private JsonNode apply() {
        String customer = "lc-" + UUID.randomUUID().toString().substring(0, 8);
        return post(
                        TestHttp.as(port, SHOP),
                        "/api/v1/applications",
                        "{\"customerId\":\"" + customer + "\",\"features\":{\"accountAgeMonths\":38,\"orders12m\":57,"
                                + "\"spend12m\":{\"amount\":\"18450.00\",\"currency\":\"CNY\"},\"returnRate\":0.04,"
                                + "\"onTimePaymentRatio\":0.98,\"worstDpd\":0,\"identityVerified\":true,"
                                + "\"incomeBand\":\"FROM_8K_TO_15K\",\"devices\":2}}")
                .getBody();
    }

    private static ResponseEntity<JsonNode> post(RestClient client, String path, String body) {
        return client.post()
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .onStatus(s -> true, (req, res) -> {})
                .toEntity(JsonNode.class);
    }
}
