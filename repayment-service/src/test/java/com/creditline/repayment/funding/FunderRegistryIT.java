package com.creditline.repayment.funding;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.security.Caller;
import com.creditline.common.test.RealInfrastructure;
import com.creditline.common.test.TestCallers;
import com.creditline.common.test.TestHttp;
import com.creditline.common.time.BusinessClock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The register of funders on a real PostgreSQL, through the HTTP API as the gateway forwards it:
 * an admin registers, changes terms and suspends; staff read; the refusals a registration meets.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class FunderRegistryIT {

    static final Caller ADMIN = TestCallers.staff("ada", "ADMIN");
    static final Caller VIEWER = TestCallers.staff("vera", "VIEWER");

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BusinessClock clock;

    final String run = UUID.randomUUID().toString().substring(0, 8);

    /**
     * The funders a test registered go again: left ACTIVE they would fund the plans other tests of
     * the same database open, and their made-up exposure would break the books' funder controls.
     */
    @AfterEach
    void forgetTheFundersOfThisTest() {
        jdbc.update("DELETE FROM funder_change WHERE funder_id LIKE ?", "%-" + run);
        jdbc.update("DELETE FROM funder_daily_funding WHERE funder_id LIKE ?", "%-" + run);
        jdbc.update("DELETE FROM funder WHERE funder_id LIKE ?", "%-" + run);
    }

    @Test
    void shouldRegisterChangeSuspendAndShowFundersInTheirOrderOfPreference() {
        String bank = "bank-" + run;
        String cfc = "cfc-" + run;
        ResponseEntity<String> registered = send(ADMIN, "POST", "/api/v1/admin/funders", funder(bank, 5, "0.7"));
        assertThat(registered.getStatusCode().value()).as(registered.getBody()).isEqualTo(201);
        assertThat(registered.getHeaders().getLocation()).hasPath("/api/v1/admin/funders/" + bank);
        JsonNode view = json.readTree(registered.getBody());
        assertThat(view.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(view.get("terms").get("grades").toString()).isEqualTo("[\"A\",\"B\"]");
        assertThat(amount(view.get("outstandingPrincipal"))).isEqualTo("0.00");
        assertThat(amount(view.get("exposureRoom"))).isEqualTo("1000000.00");
        assertThat(amount(view.get("fundedToday"))).isEqualTo("0.00");
        assertThat(amount(view.get("quotaRoom"))).isEqualTo("50000.00");
        assertThat(view.get("businessDate").asString())
                .isEqualTo(clock.businessDate().toString());

        Map<String, Object> consumerFinance = funder(cfc, 1, "0.4");
        consumerFinance.put("kind", "CONSUMER_FINANCE");
        assertThat(send(ADMIN, "POST", "/api/v1/admin/funders", consumerFinance)
                        .getStatusCode()
                        .value())
                .isEqualTo(201);

        Map<String, Object> newTerms = new LinkedHashMap<>();
        newTerms.put("priority", 0);
        newTerms.put("settlementAccount", "NBCB 8100 0099");
        newTerms.put("terms", terms(List.of("C", "A"), 6, 24, "0.1", "0.5"));
        ResponseEntity<String> changed = send(ADMIN, "PUT", "/api/v1/admin/funders/" + bank + "/terms", newTerms);
        assertThat(changed.getStatusCode().value()).as(changed.getBody()).isEqualTo(200);
        JsonNode afterChange = json.readTree(changed.getBody());
        assertThat(afterChange.get("priority").asInt()).isZero();
        assertThat(afterChange.get("settlementAccount").asString()).isEqualTo("NBCB 8100 0099");
        assertThat(afterChange.get("terms").get("grades").toString()).isEqualTo("[\"A\",\"C\"]");
        assertThat(afterChange.get("terms").get("maximumShare").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(jdbc.queryForObject("SELECT grades FROM funder WHERE funder_id = ?", String.class, bank))
                .isEqualTo("AC");

        ResponseEntity<String> suspended =
                send(ADMIN, "PUT", "/api/v1/admin/funders/" + cfc + "/status", Map.of("status", "SUSPENDED"));
        assertThat(suspended.getStatusCode().value()).as(suspended.getBody()).isEqualTo(200);
        assertThat(json.readTree(suspended.getBody()).get("status").asString()).isEqualTo("SUSPENDED");

        // What the funding policy keeps as plans open (PlanFunding): the exposure and today's funding.
        jdbc.update("UPDATE funder SET outstanding_principal = 1000100.00 WHERE funder_id = ?", bank);
        jdbc.update(
                "INSERT INTO funder_daily_funding (funder_id, business_date, funded) VALUES (?, ?, 12000.50)",
                bank,
                clock.businessDate());
        jdbc.update(
                "INSERT INTO funder_daily_funding (funder_id, business_date, funded) VALUES (?, ?, 9999.00)",
                bank,
                clock.businessDate().minusDays(1));

        List<JsonNode> ours = new ArrayList<>();
        json.readTree(read(VIEWER, "/api/v1/admin/funders").getBody()).forEach(f -> {
            if (f.get("funderId").asString().endsWith(run)) {
                ours.add(f);
            }
        });
        assertThat(ours)
                .extracting(f ->
                        f.get("funderId").asString() + " " + f.get("status").asString())
                .containsExactly(bank + " ACTIVE", cfc + " SUSPENDED");
        assertThat(amount(ours.getFirst().get("fundedToday"))).isEqualTo("12000.50");
        assertThat(amount(ours.getFirst().get("quotaRoom"))).isEqualTo("37999.50");
        assertThat(amount(ours.getFirst().get("outstandingPrincipal"))).isEqualTo("1000100.00");
        assertThat(amount(ours.getFirst().get("exposureRoom")))
                .as("above its cap, it has no room")
                .isEqualTo("0.00");
        assertThat(amount(ours.getLast().get("exposureRoom"))).isEqualTo("1000000.00");

        JsonNode one =
                json.readTree(read(VIEWER, "/api/v1/admin/funders/" + cfc).getBody());
        assertThat(one.get("kind").asString()).isEqualTo("CONSUMER_FINANCE");
        assertThat(one.get("status").asString()).isEqualTo("SUSPENDED");
        assertThat(amount(one.get("fundedToday"))).isEqualTo("0.00");
        assertThat(read(VIEWER, "/api/v1/admin/funders/nobody-" + run)
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
    }

    @Test
    void shouldRefuseAViewerADuplicateAShareAboveWhatThePlatformLeavesAndMissingFields() {
        String bank = "bank-" + run;
        assertThat(send(VIEWER, "POST", "/api/v1/admin/funders", funder(bank, 1, "0.7"))
                        .getStatusCode()
                        .value())
                .isEqualTo(403);
        assertThat(read(VIEWER, "/api/v1/admin/funders/" + bank).getStatusCode().value())
                .as("a refused registration registered nothing")
                .isEqualTo(404);

        assertThat(send(ADMIN, "POST", "/api/v1/admin/funders", funder(bank, 1, "0.7"))
                        .getStatusCode()
                        .value())
                .isEqualTo(201);
        assertThat(send(VIEWER, "PUT", "/api/v1/admin/funders/" + bank + "/status", Map.of("status", "SUSPENDED"))
                        .getStatusCode()
                        .value())
                .isEqualTo(403);

        ResponseEntity<String> twice = send(ADMIN, "POST", "/api/v1/admin/funders", funder(bank, 2, "0.6"));
        assertThat(twice.getStatusCode().value()).isEqualTo(409);
        assertThat(json.readTree(twice.getBody()).get("type").asString())
                .isEqualTo("https://problems.creditline.dev/funder-already-registered");
        assertThat(json.readTree(read(VIEWER, "/api/v1/admin/funders/" + bank).getBody())
                        .get("priority")
                        .asInt())
                .as("the first registration stands")
                .isEqualTo(1);

        ResponseEntity<String> tooLarge = send(ADMIN, "POST", "/api/v1/admin/funders", funder("big-" + run, 1, "0.71"));
        assertThat(tooLarge.getStatusCode().value()).isEqualTo(422);
        assertThat(json.readTree(tooLarge.getBody()).get("type").asString())
                .isEqualTo("https://problems.creditline.dev/share-above-platform-limit");

        Map<String, Object> missing = funder("partial-" + run, 1, "0.5");
        missing.remove("settlementAccount");
        missing.remove("kind");
        ResponseEntity<String> invalid = send(ADMIN, "POST", "/api/v1/admin/funders", missing);
        assertThat(invalid.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(invalid.getBody()).get("errors"))
                .extracting(e -> e.get("field").asString())
                .containsExactlyInAnyOrder("settlementAccount", "kind");

        assertThat(send(ADMIN, "PUT", "/api/v1/admin/funders/nobody-" + run + "/status", Map.of("status", "ACTIVE"))
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
    }

    static Map<String, Object> funder(String funderId, int priority, String maximumShare) {
        Map<String, Object> funder = new LinkedHashMap<>();
        funder.put("funderId", funderId);
        funder.put("name", "Funder " + funderId);
        funder.put("kind", "BANK");
        funder.put("priority", priority);
        funder.put("settlementAccount", "NBCB 8100 0012");
        funder.put("terms", terms(List.of("B", "A"), 3, 12, "0.2", maximumShare));
        return funder;
    }

    static Map<String, Object> terms(
            List<String> grades, int minimum, int maximum, String minimumShare, String maximumShare) {
        return Map.of(
                "grades",
                grades,
                "minimumInstallments",
                minimum,
                "maximumInstallments",
                maximum,
                "minimumShare",
                Double.parseDouble(minimumShare),
                "maximumShare",
                Double.parseDouble(maximumShare),
                "exposureCap",
                Map.of("amount", "1000000.00", "currency", "CNY"),
                "dailyQuota",
                Map.of("amount", "50000.00", "currency", "CNY"),
                "yieldRate",
                0.065);
    }

    ResponseEntity<String> send(Caller caller, String method, String path, Object body) {
        return TestHttp.as(port, caller)
                .method(HttpMethod.valueOf(method))
                .uri(path)
                .header("Audit-Reason", "funder registry test")
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .toEntity(String.class);
    }

    ResponseEntity<String> read(Caller caller, String path) {
        return TestHttp.as(port, caller).get().uri(path).retrieve().toEntity(String.class);
    }

    static String amount(JsonNode money) {
        return money.get("amount").asString();
    }
}
