package com.creditline.repayment;

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
 * Who may call what on repayment, through the real security filters. Same context as
 * {@link RepaymentJourneyIT} and the infrastructure test, so no extra one starts. Nothing here
 * runs end of day: the business date is shared with the journey.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class RepaymentAccessIT {

    static final Caller PARTNER = Caller.partner("P-1", "k1", List.of("checkout:write", "orders:read"));
    static final Caller SHOP_READING = Caller.client("shop", List.of("customers:read"));

    @LocalServerPort
    int port;

    @Test
    void shouldLetTheShopAndStaffReadPlansButNeverAPartner() {
        assertThat(customerPlans(TestHttp.as(port, SHOP_READING))
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
        assertThat(customerPlans(TestHttp.as(port, TestCallers.staff("vera", "VIEWER")))
                        .getStatusCode()
                        .value())
                .isEqualTo(200);

        ResponseEntity<JsonNode> byPartner = customerPlans(TestHttp.as(port, PARTNER));
        assertThat(byPartner.getStatusCode().value()).isEqualTo(403);
        assertThat(byPartner.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(byPartner.getBody().get("type").asString()).endsWith("/forbidden");
    }

    @Test
    void shouldTakePaymentsOnlyFromACallerAllowedToRepay() {
        for (Caller refused : List.of(PARTNER, SHOP_READING, TestCallers.staff("colin", "COLLECTOR"))) {
            ResponseEntity<JsonNode> response = TestHttp.as(port, refused)
                    .post()
                    .uri("/api/v1/repayments")
                    .body(Map.of(
                            "planId",
                            UUID.randomUUID().toString(),
                            "paymentReference",
                            "access-" + UUID.randomUUID(),
                            "amount",
                            Map.of("amount", "10.00", "currency", "CNY")))
                    .retrieve()
                    .toEntity(JsonNode.class);
            assertThat(response.getStatusCode().value()).as(refused.subject()).isEqualTo(403);
        }
    }

    @Test
    void shouldLeaveEndOfDayToAdminsAndLetAnyStaffReadTheBusinessDate() {
        for (Caller refused : List.of(
                TestCallers.staff("olga", "CREDIT_OFFICER"), TestCallers.staff("colin", "COLLECTOR"), SHOP_READING)) {
            ResponseEntity<JsonNode> response = TestHttp.as(port, refused)
                    .post()
                    .uri("/api/v1/admin/end-of-day")
                    .body(Map.of("runThrough", "2020-01-01"))
                    .retrieve()
                    .toEntity(JsonNode.class);
            assertThat(response.getStatusCode().value()).as(refused.subject()).isEqualTo(403);
        }
        assertThat(TestHttp.as(port, TestCallers.staff("vera", "VIEWER"))
                        .get()
                        .uri("/api/v1/admin/business-date")
                        .retrieve()
                        .toBodilessEntity()
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
        assertThat(TestHttp.as(port, SHOP_READING)
                        .get()
                        .uri("/api/v1/admin/business-date")
                        .retrieve()
                        .toBodilessEntity()
                        .getStatusCode()
                        .value())
                .isEqualTo(403);
    }

    @Test
    void shouldKeepTheLedgerTotalsForPeerServices() {
        ResponseEntity<JsonNode> withCallerToken = TestHttp.to(port)
                .get()
                .uri("/internal/v1/reconciliation/ledger-totals")
                .header("Authorization", "Bearer " + TestCallers.tokenFor(TestCallers.EVERYTHING))
                .retrieve()
                .toEntity(JsonNode.class);
        assertThat(withCallerToken.getStatusCode().value()).isEqualTo(403);
        assertThat(withCallerToken.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(TestHttp.to(port)
                        .get()
                        .uri("/internal/v1/reconciliation/ledger-totals")
                        .retrieve()
                        .toBodilessEntity()
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
    }

    private static ResponseEntity<JsonNode> customerPlans(RestClient http) {
        return http.get()
                .uri("/api/v1/plans?customerId={c}", "it-access-" + UUID.randomUUID())
                .retrieve()
                .toEntity(JsonNode.class);
    }
}
