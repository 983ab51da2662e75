package com.creditline.risk.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.security.Caller;
import com.creditline.common.test.RealInfrastructure;
import com.creditline.common.test.TestCallers;
import com.creditline.common.test.TestHttp;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * Who may apply, read a decision and review a customer, through the real security filters. Same
 * context as the module's infrastructure test, so no extra one starts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class ApplicationAccessIT {

    static final Caller SHOP = Caller.client("shop", List.of("customers:write", "customers:read"));
    static final Caller PARTNER = Caller.partner("P-1", "k1", List.of("checkout:write", "orders:read"));

    @LocalServerPort
    int port;

    @Test
    void shouldTakeApplicationsFromTheShopOnlyAndShowTheDecisionToTheShopAndStaffButNotPartners() {
        String customer = newCustomer();
        ResponseEntity<JsonNode> byPartner = apply(TestHttp.as(port, PARTNER), customer);
        assertThat(byPartner.getStatusCode().value()).isEqualTo(403);
        assertThat(byPartner.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(byPartner.getBody().get("type").asString()).endsWith("/forbidden");
        assertThat(apply(TestHttp.as(port, TestCallers.staff("olga", "CREDIT_OFFICER")), customer)
                        .getStatusCode()
                        .value())
                .isEqualTo(403);

        ResponseEntity<JsonNode> byShop = apply(TestHttp.as(port, SHOP), customer);
        assertThat(byShop.getStatusCode().value()).isEqualTo(201);
        String applicationId = byShop.getBody().get("applicationId").asString();

        assertThat(decision(TestHttp.as(port, SHOP), applicationId)).isEqualTo(200);
        assertThat(decision(TestHttp.as(port, TestCallers.staff("vera", "VIEWER")), applicationId))
                .isEqualTo(200);
        assertThat(decision(TestHttp.as(port, PARTNER), applicationId)).isEqualTo(403);
    }

    @Test
    void shouldLeaveReviewsToCreditOfficers() {
        String customer = newCustomer();
        assertThat(apply(TestHttp.as(port, SHOP), customer).getStatusCode().value())
                .isEqualTo(201);

        for (Caller refused :
                List.of(TestCallers.staff("colin", "COLLECTOR"), TestCallers.staff("vera", "VIEWER"), SHOP)) {
            assertThat(review(TestHttp.as(port, refused), customer)
                            .getStatusCode()
                            .value())
                    .as(refused.subject())
                    .isEqualTo(403);
        }
        assertThat(review(TestHttp.as(port, TestCallers.staff("olga", "CREDIT_OFFICER")), customer)
                        .getStatusCode()
                        .value())
                .isEqualTo(201);
    }

    @Test
    void shouldListACustomersDecisionsLatestFirstToTheShopAndStaffButNotPartners() {
        String customer = newCustomer();
        assertThat(apply(TestHttp.as(port, SHOP), customer).getStatusCode().value())
                .isEqualTo(201);
        ResponseEntity<JsonNode> reviewed =
                review(TestHttp.as(port, TestCallers.staff("olga", "CREDIT_OFFICER")), customer);
        assertThat(reviewed.getStatusCode().value()).isEqualTo(201);

        ResponseEntity<JsonNode> listed =
                decisions(TestHttp.as(port, TestCallers.staff("vera", "VIEWER")), customer, "");
        assertThat(listed.getStatusCode().value()).isEqualTo(200);
        assertThat(listed.getBody().size()).isEqualTo(2);
        assertThat(listed.getBody().get(0).get("applicationId").asString())
                .isEqualTo(reviewed.getBody().get("applicationId").asString());
        assertThat(listed.getBody().get(1).get("model").get("modelId").asString())
                .isNotBlank();
        assertThat(listed.getBody().get(1).get("grade").asString()).isNotBlank();
        assertThat(decisions(TestHttp.as(port, SHOP), customer, "&limit=1")
                        .getBody()
                        .size())
                .isEqualTo(1);
        assertThat(decisions(TestHttp.as(port, SHOP), newCustomer(), "")
                        .getBody()
                        .size())
                .isZero();
        assertThat(decisions(TestHttp.as(port, PARTNER), customer, "")
                        .getStatusCode()
                        .value())
                .isEqualTo(403);
        ResponseEntity<JsonNode> tooMany = decisions(TestHttp.as(port, SHOP), customer, "&limit=101");
        assertThat(tooMany.getStatusCode().value()).isEqualTo(400);
        assertThat(tooMany.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private static ResponseEntity<JsonNode> decisions(RestClient http, String customer, String limit) {
        return http.get()
                .uri("/api/v1/applications?customerId=" + customer + limit)
                .retrieve()
                .toEntity(JsonNode.class);
    }

    private static String newCustomer() {
        return "it-access-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static ResponseEntity<JsonNode> apply(RestClient http, String customer) {
        return http.post()
                .uri("/api/v1/applications")
                .body(application(customer))
                .retrieve()
                .toEntity(JsonNode.class);
    }

    private static ResponseEntity<JsonNode> review(RestClient http, String customer) {
        return http.post()
                .uri("/api/v1/admin/risk/reviews")
                .body(application(customer))
                .retrieve()
                .toEntity(JsonNode.class);
    }

    private static int decision(RestClient http, String applicationId) {
        return http.get()
                .uri("/api/v1/applications/{id}", applicationId)
                .retrieve()
                .toBodilessEntity()
                .getStatusCode()
                .value();
    }

    private static Map<String, Object> application(String customer) {
        return Map.of(
                "customerId",
                customer,
                "features",
                Map.of(
                        "accountAgeMonths",
                        40,
                        "orders12m",
                        35,
                        "spend12m",
                        Map.of("amount", "30000.00", "currency", "CNY"),
                        "returnRate",
                        "0.05",
                        "onTimePaymentRatio",
                        "0.98",
                        "worstDpd",
                        0,
                        "identityVerified",
                        true,
                        "incomeBand",
                        "FROM_8K_TO_15K",
                        "devices",
                        2));
    }
}
