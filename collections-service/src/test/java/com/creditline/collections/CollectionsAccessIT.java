package com.creditline.collections;

import static com.creditline.collections.Callers.COLLECTOR;
import static com.creditline.collections.Callers.CREDIT_OFFICER;
import static com.creditline.collections.Callers.PARTNER;
import static com.creditline.collections.Callers.SHOP;
import static com.creditline.collections.Callers.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.security.Caller;
import com.creditline.common.test.RealInfrastructure;
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
 * Who may call what on collections, through the real security filters. Same context as
 * {@link CollectionsFlowIT}, so no extra one starts; nothing here runs the processing step, whose
 * timing the flow owns.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class CollectionsAccessIT {

    @LocalServerPort
    int port;

    @Test
    void shouldShowCasesToTheShopAndStaffButNeverAPartner() {
        assertThat(customerCases(TestHttp.as(port, SHOP)).getStatusCode().value())
                .isEqualTo(200);
        assertThat(customerCases(TestHttp.as(port, VIEWER)).getStatusCode().value())
                .isEqualTo(200);

        ResponseEntity<JsonNode> byPartner = customerCases(TestHttp.as(port, PARTNER));
        assertThat(byPartner.getStatusCode().value()).isEqualTo(403);
        assertThat(byPartner.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(byPartner.getBody().get("type").asString()).endsWith("/forbidden");
    }

    @Test
    void shouldTakePromisesFromTheCustomersChannelOrACollectorOnly() {
        // An unknown case is 404 for a caller who may promise, 403 for one who may not.
        assertThat(promise(COLLECTOR)).isEqualTo(404);
        assertThat(promise(SHOP)).isEqualTo(404);
        assertThat(promise(CREDIT_OFFICER)).isEqualTo(403);
        assertThat(promise(VIEWER)).isEqualTo(403);
        assertThat(promise(PARTNER)).isEqualTo(403);
    }

    @Test
    void shouldLetACollectorButNoOtherStaffRecordATimeZoneOrRunTheProcessing() {
        String customer = newCustomer();

        assertThat(recordTimeZone(CREDIT_OFFICER, customer)).isEqualTo(403);
        assertThat(recordTimeZone(VIEWER, customer)).isEqualTo(403);
        assertThat(recordTimeZone(COLLECTOR, customer)).isEqualTo(200);
        assertThat(TestHttp.as(port, VIEWER)
                        .get()
                        .uri("/api/v1/admin/collections/customers/{c}/time-zone", customer)
                        .retrieve()
                        .body(JsonNode.class)
                        .get("zone")
                        .asString())
                .isEqualTo("Europe/Berlin");

        for (Caller refused : List.of(CREDIT_OFFICER, VIEWER, SHOP)) {
            assertThat(TestHttp.as(port, refused)
                            .post()
                            .uri("/api/v1/admin/collections/run")
                            .retrieve()
                            .toBodilessEntity()
                            .getStatusCode()
                            .value())
                    .as(refused.subject())
                    .isEqualTo(403);
        }
        assertThat(TestHttp.as(port, VIEWER)
                        .get()
                        .uri("/api/v1/admin/collections/queue")
                        .retrieve()
                        .toBodilessEntity()
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
    }

    private static String newCustomer() {
        return "it-access-" + UUID.randomUUID();
    }

    private static ResponseEntity<JsonNode> customerCases(RestClient http) {
        return http.get()
                .uri("/api/v1/collections/cases?customerId={c}", newCustomer())
                .retrieve()
                .toEntity(JsonNode.class);
    }

    private int promise(Caller caller) {
        return TestHttp.as(port, caller)
                .post()
                .uri("/api/v1/collections/cases/{id}/promises", UUID.randomUUID())
                .body(Map.of("promisedDate", "2026-03-05", "amount", Map.of("amount", "50.00", "currency", "CNY")))
                .retrieve()
                .toBodilessEntity()
                .getStatusCode()
                .value();
    }

    private int recordTimeZone(Caller caller, String customer) {
        return TestHttp.as(port, caller)
                .put()
                .uri("/api/v1/admin/collections/customers/{c}/time-zone", customer)
                .body(Map.of("zone", "Europe/Berlin"))
                .retrieve()
                .toBodilessEntity()
                .getStatusCode()
                .value();
    }
}
