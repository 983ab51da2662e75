package com.creditline.creditlimit.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import com.creditline.common.security.Caller;
import com.creditline.common.test.RealInfrastructure;
import com.creditline.common.test.TestCallers;
import com.creditline.common.test.TestHttp;
import com.creditline.creditlimit.account.model.OpeningCreditLine;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * Who may call what on the credit line, through the real security filters: the same context as
 * the module's other web tests (a random port on real infrastructure), so no extra one starts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class CreditLineAccessIT {

    static final Caller COLLECTOR = TestCallers.staff("colin", "COLLECTOR");
    static final Caller CREDIT_OFFICER = TestCallers.staff("olga", "CREDIT_OFFICER");

    @LocalServerPort
    int port;

    @Autowired
    CreditLineServicing lines;

    @Test
    void shouldLetACreditOfficerButNotACollectorChangeALimitAndAuditTheOfficer() {
        String customer = newCustomer();

        ResponseEntity<JsonNode> byCollector = setLimit(TestHttp.as(port, COLLECTOR), customer, "6000.00");
        assertThat(byCollector.getStatusCode().value()).isEqualTo(403);
        assertThat(byCollector.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(byCollector.getBody().get("type").asString()).endsWith("/forbidden");

        ResponseEntity<JsonNode> byOfficer = setLimit(TestHttp.as(port, CREDIT_OFFICER), customer, "6000.00");
        assertThat(byOfficer.getStatusCode().value()).isEqualTo(200);
        assertThat(byOfficer.getBody().get("permanentLimit").get("amount").asString())
                .isEqualTo("6000.00");

        JsonNode changes = TestHttp.as(port, COLLECTOR)
                .get()
                .uri("/api/v1/credit-accounts/{c}/changes", customer)
                .retrieve()
                .body(JsonNode.class);
        JsonNode latest = changes.get(changes.size() - 1);
        assertThat(latest.get("actor").asString()).isEqualTo("staff:olga");
        assertThat(latest.get("reason").asString()).isEqualTo("income verified");
    }

    @Test
    void shouldKeepTheInternalHoldsForPeerServices() {
        String customer = newCustomer();
        Map<String, Object> hold = Map.of("orderId", "order-" + customer, "amount", money("100.00"));

        ResponseEntity<JsonNode> withCallerToken = TestHttp.to(port)
                .post()
                .uri("/internal/v1/credit-accounts/{c}/holds", customer)
                .header("Authorization", "Bearer " + TestCallers.tokenFor(TestCallers.EVERYTHING))
                .body(hold)
                .retrieve()
                .toEntity(JsonNode.class);
        assertThat(withCallerToken.getStatusCode().value()).isEqualTo(403);
        assertThat(withCallerToken.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);

        ResponseEntity<JsonNode> asPeer = TestHttp.to(port)
                .post()
                .uri("/internal/v1/credit-accounts/{c}/holds", customer)
                .body(hold)
                .retrieve()
                .toEntity(JsonNode.class);
        assertThat(asPeer.getStatusCode().value()).isEqualTo(201);
    }

    @Test
    void shouldNotAskForTheCallerInTheApiDescription() {
        JsonNode limit = TestHttp.anonymous(port)
                .get()
                .uri("/v3/api-docs")
                .retrieve()
                .body(JsonNode.class)
                .get("paths")
                .get("/api/v1/admin/credit-accounts/{customerId}/limit")
                .get("put");

        assertThat(limit.get("parameters"))
                .extracting(p -> p.get("name").asString())
                .containsExactly("customerId");
    }

    private String newCustomer() {
        String customer = "it-access-" + UUID.randomUUID().toString().substring(0, 8);
        lines.open(new OpeningCreditLine(
                CustomerId.of(customer), Money.of("5000.00"), "B", "TIER_B", "test", "opened for a test"));
        return customer;
    }

    private static ResponseEntity<JsonNode> setLimit(RestClient http, String customer, String limit) {
        return http.put()
                .uri("/api/v1/admin/credit-accounts/{c}/limit", customer)
                .body(Map.of("limit", money(limit), "reason", "income verified"))
                .retrieve()
                .toEntity(JsonNode.class);
    }

    private static Map<String, String> money(String amount) {
        return Map.of("amount", amount, "currency", "CNY");
    }
}
