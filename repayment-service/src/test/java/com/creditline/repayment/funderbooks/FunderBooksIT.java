package com.creditline.repayment.funderbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditline.common.event.EventEnvelope;
import com.creditline.common.event.EventTypes;
import com.creditline.common.money.Money;
import com.creditline.common.security.Caller;
import com.creditline.common.test.RealInfrastructure;
import com.creditline.common.test.TestCallers;
import com.creditline.common.test.TestHttp;
import com.creditline.common.time.BusinessClock;
import com.creditline.events.checkout.CheckoutTopics;
import com.creditline.events.checkout.PlanCreated;
import com.creditline.events.checkout.PlanCreated.ScheduledInstallment;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a funder sees, on a real PostgreSQL and Kafka: plans open from checkout's events and are funded
 * 70/30 by a funder registered through the API; a payment is made; the funder's statement of the day
 * ties out to the journal, as JSON and as CSV; its loan tape lists its plans and only them; who may
 * read them; and who changed the funder, when and why.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class FunderBooksIT {

    static final Caller ADMIN = TestCallers.staff("ada", "ADMIN");
    static final Caller VIEWER = TestCallers.staff("vera", "VIEWER");
    static final Caller SHOP = Caller.client("shop", List.of("checkout:write", "orders:read", "repayments:write"));

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    BusinessClock clock;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final String partner = "P-F" + run;

    /**
     * The funders of a test stop taking plans (their books stay, as the journal does): left active they
     * would fund the grade-A plans other tests open.
     */
    @AfterEach
    void suspendTheFundersOfThisTest() {
        jdbc.update("UPDATE funder SET status = 'SUSPENDED' WHERE funder_id LIKE ?", "%-" + run);
    }

    @Test
    void shouldStateAFundersDayFromTheJournalTiedOutAndTheSameAsCsv() {
        String funder = register("stmt-" + run);
        LocalDate today = clock.businessDate();
        UUID paid = openPlan("A", "1000.00", today);
        UUID unpaid = openPlan("A", "1000.00", today);
        UUID platformOnly = openPlan("B", "500.00", today);
        assertThat(pay(paid, "stmt-" + run, "100.00").getStatusCode().value()).isEqualTo(201);

        JsonNode statement = readJson(VIEWER, "/api/v1/funders/" + funder + "/statements/" + today);
        List<String> accounts = new ArrayList<>();
        statement.get("accounts").forEach(a -> accounts.add(a.get("account").asString()));
        assertThat(accounts).contains("PRINCIPAL_RECEIVABLE", "MERCHANT_PAYABLE");
        Map<String, JsonNode> lines = new HashMap<>();
        statement.get("lines").forEach(l -> {
            if (l.get("line").asString().equals("PLAN")) {
                lines.put(l.get("planId").asString(), l.get("amounts"));
            }
        });
        assertThat(lines).containsOnlyKeys(paid.toString(), unpaid.toString());
        assertThat(amount(lines.get(unpaid.toString()).get("PRINCIPAL_RECEIVABLE")))
                .isEqualTo("700.00");
        // The payment's 100.00 principal leaves each holder's books by what it holds: 70.00 the funder's.
        assertThat(amount(lines.get(paid.toString()).get("PRINCIPAL_RECEIVABLE")))
                .isEqualTo("630.00");
        for (String account : accounts) {
            BigDecimal sum = BigDecimal.ZERO;
            for (JsonNode line : statement.get("lines")) {
                sum = sum.add(decimal(line.get("amounts").get(account)));
            }
            assertThat(sum)
                    .as(account)
                    .isEqualByComparingTo(decimal(statement.get("totals").get(account)));
        }
        assertThat(statement.get("tieOut")).hasSize(accounts.size());
        for (JsonNode tie : statement.get("tieOut")) {
            assertThat(decimal(tie.get("difference"))).as(tie.toString()).isZero();
            assertThat(decimal(tie.get("statement"))).isEqualByComparingTo(decimal(tie.get("journal")));
        }
        assertThat(statement.get("tiesOut").asBoolean()).isTrue();
        assertThat(amount(statement.get("openingPrincipalHeld"))).isEqualTo("0.00");
        assertThat(amount(statement.get("closingPrincipalHeld"))).isEqualTo("1330.00");
        assertThat(amount(readJson(VIEWER, "/api/v1/admin/funders/" + funder).get("outstandingPrincipal")))
                .isEqualTo("1330.00");

        List<List<String>> csv = csv(read(VIEWER, "/api/v1/funders/" + funder + "/statements/" + today, true));
        assertThat(csv.getFirst())
                .containsExactlyElementsOf(concat(List.of("funder_id", "business_date", "line", "plan_id"), accounts));
        Map<String, List<String>> rows = new LinkedHashMap<>();
        csv.subList(1, csv.size()).forEach(r -> rows.put(r.get(2) + ":" + r.get(3), r));
        assertThat(rows).containsKeys("PLAN:" + paid, "PLAN:" + unpaid, "TOTAL:", "JOURNAL:", "DIFFERENCE:");
        for (int i = 0; i < accounts.size(); i++) {
            String account = accounts.get(i);
            for (UUID plan : List.of(paid, unpaid)) {
                assertThat(rows.get("PLAN:" + plan).get(4 + i))
                        .isEqualTo(amount(lines.get(plan.toString()).get(account)));
            }
            assertThat(rows.get("TOTAL:").get(4 + i))
                    .isEqualTo(amount(statement.get("totals").get(account)));
            assertThat(new BigDecimal(rows.get("DIFFERENCE:").get(4 + i))).isZero();
            assertThat(rows.get("CLOSING:").get(4 + i))
                    .isEqualTo(amount(statement.get("closingBalances").get(account)));
        }
        assertThat(rows.keySet()).noneMatch(k -> k.contains(platformOnly.toString()));

        assertThat(read(VIEWER, "/api/v1/funders/" + funder + "/statements/" + today.plusDays(1), false)
                        .getStatusCode()
                        .value())
                .isEqualTo(422);
        assertThat(read(VIEWER, "/api/v1/funders/nobody-" + run + "/statements/" + today, false)
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
    }

    @Test
    void shouldListExactlyTheFundersPlansOnItsLoanTapeWithoutTheCustomer() {
        String funder = register("tape-" + run);
        LocalDate today = clock.businessDate();
        UUID first = openPlan("A", "1000.00", today);
        UUID second = openPlan("A", "600.00", today);
        openPlan("B", "500.00", today);

        JsonNode tape = readJson(VIEWER, "/api/v1/funders/" + funder + "/loans");
        assertThat(tape.get("totalLoans").asLong()).isEqualTo(2);
        List<String> planIds = new ArrayList<>();
        tape.get("loans").forEach(l -> planIds.add(l.get("planId").asString()));
        assertThat(planIds).containsExactlyInAnyOrder(first.toString(), second.toString());
        JsonNode loan = tape.get("loans").get(planIds.indexOf(first.toString()));
        assertThat(loan.get("grade").asString()).isEqualTo("A");
        assertThat(loan.get("installmentCount").asInt()).isEqualTo(3);
        assertThat(loan.get("share").decimalValue()).isEqualByComparingTo("0.7");
        assertThat(amount(loan.get("fundedPrincipal"))).isEqualTo("700.00");
        assertThat(amount(loan.get("outstandingPrincipalHeld"))).isEqualTo("700.00");
        assertThat(loan.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(loan.get("daysPastDue").asInt()).isZero();
        assertThat(loan.get("nextDueDate").asString())
                .isEqualTo(today.plusDays(30).toString());
        // Due by the next due date: the first installment, its principal and its fee.
        assertThat(amount(loan.get("amountDue")))
                .isEqualTo(Money.of("1000.00")
                        .allocate(3)
                        .getFirst()
                        .plus(Money.of("5.00"))
                        .amount()
                        .toPlainString());
        assertThat(loan.get("chargedOffOn").isNull()).isTrue();
        assertThat(tape.toString()).doesNotContain("customer").doesNotContain("order-");

        JsonNode firstPage = readJson(VIEWER, "/api/v1/funders/" + funder + "/loans?page=0&size=1");
        JsonNode secondPage = readJson(VIEWER, "/api/v1/funders/" + funder + "/loans?page=1&size=1");
        assertThat(List.of(
                        firstPage.get("loans").get(0).get("planId").asString(),
                        secondPage.get("loans").get(0).get("planId").asString()))
                .containsExactlyElementsOf(planIds);

        List<List<String>> csv = csv(read(VIEWER, "/api/v1/funders/" + funder + "/loans", true));
        assertThat(csv.getFirst())
                .startsWith("plan_id", "capture_date", "grade")
                .doesNotContain("customer_id");
        assertThat(csv.subList(1, csv.size())).extracting(r -> r.getFirst()).containsExactlyElementsOf(planIds);
        assertThat(read(VIEWER, "/api/v1/funders/" + funder + "/loans?size=0", false)
                        .getStatusCode()
                        .value())
                .isEqualTo(400);
    }

    @Test
    void shouldShowAChargedOffPlanOnTheTapeAndTheFundersWriteOffOnTheStatementOfThatDay() {
        String funder = register("co-" + run);
        LocalDate today = clock.businessDate();
        UUID plan = openPlan("A", "1000.00", today);
        suspendTheFundersOfThisTest();
        LocalDate chargedOff = today.plusDays(30).plusDays(180);

        ResponseEntity<String> endOfDay = TestHttp.to(port)
                .post()
                .uri("/api/v1/admin/end-of-day")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("runThrough", chargedOff.plusDays(1).toString(), "allowAheadOfCalendar", true))
                .retrieve()
                .toEntity(String.class);
        assertThat(endOfDay.getStatusCode().value()).as(endOfDay.getBody()).isEqualTo(200);

        JsonNode loan = readJson(VIEWER, "/api/v1/funders/" + funder + "/loans")
                .get("loans")
                .get(0);
        assertThat(loan.get("planId").asString()).isEqualTo(plan.toString());
        assertThat(loan.get("status").asString()).isEqualTo("CHARGED_OFF");
        assertThat(loan.get("chargedOffOn").asString()).isEqualTo(chargedOff.toString());
        assertThat(loan.get("daysPastDue").asInt()).isGreaterThanOrEqualTo(180);
        assertThat(amount(loan.get("outstandingPrincipalHeld"))).isEqualTo("0.00");
        assertThat(loan.get("nextDueDate").isNull()).isTrue();

        JsonNode statement = readJson(VIEWER, "/api/v1/funders/" + funder + "/statements/" + chargedOff);
        assertThat(statement.get("tiesOut").asBoolean())
                .as(statement.toString())
                .isTrue();
        JsonNode line = statement.get("lines").get(0);
        assertThat(line.get("planId").asString()).isEqualTo(plan.toString());
        assertThat(amount(line.get("amounts").get("PRINCIPAL_RECEIVABLE"))).isEqualTo("-700.00");
        assertThat(amount(line.get("amounts").get("CHARGE_OFF_EXPENSE"))).isEqualTo("700.00");
        assertThat(amount(statement.get("openingPrincipalHeld"))).isEqualTo("700.00");
        assertThat(amount(statement.get("closingPrincipalHeld"))).isEqualTo("0.00");
    }

    @Test
    void shouldLetStaffAndTheFundersOwnPartnerReadItsBooksAndNobodyElse() {
        String funder = register("access-" + run);
        String statement = "/api/v1/funders/" + funder + "/statements/" + clock.businessDate();
        String loans = "/api/v1/funders/" + funder + "/loans";
        Caller own = Caller.partner(partner, "k1", List.of("funding:read"));
        Caller other = Caller.partner("P-other-" + run, "k2", List.of("funding:read"));
        Caller ownCheckoutKey = Caller.partner(partner, "k3", List.of("checkout:write", "orders:read"));

        for (String path : List.of(statement, loans)) {
            assertThat(status(VIEWER, path)).as(path).isEqualTo(200);
            assertThat(status(own, path)).as(path).isEqualTo(200);
            assertThat(status(other, path)).as(path).isEqualTo(404);
            assertThat(status(ownCheckoutKey, path)).as(path).isEqualTo(403);
            assertThat(status(SHOP, path)).as(path).isEqualTo(403);
        }
        assertThat(status(own, "/api/v1/funders/nobody-" + run + "/loans")).isEqualTo(404);
        ResponseEntity<String> csvNotFound = read(other, statement, true);
        assertThat(csvNotFound.getStatusCode().value()).isEqualTo(404);
        assertThat(csvNotFound.getHeaders().getContentType()).hasToString("application/problem+json");
    }

    @Test
    void shouldKeepWhoChangedAFunderWhenAndWhyWithItsTermsBeforeAndAfter() {
        String funder = register("hist-" + run);
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("priority", 0);
        change.put("settlementAccount", "NBCB 8100 0099");
        change.put("partnerId", "P-new-" + run);
        change.put("terms", terms("0.5"));
        assertThat(send("PUT", "/api/v1/admin/funders/" + funder + "/terms", change, "addendum 1")
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
        assertThat(send("PUT", "/api/v1/admin/funders/" + funder + "/status", Map.of("status", "SUSPENDED"), "paused")
                        .getStatusCode()
                        .value())
                .isEqualTo(200);

        JsonNode changes = readJson(VIEWER, "/api/v1/admin/funders/" + funder + "/changes");
        assertThat(changes).hasSize(3);
        assertThat(changes)
                .extracting(c -> c.get("change").asString() + " by "
                        + c.get("actor").asString() + ": " + c.get("reason").asString())
                .containsExactly(
                        "REGISTERED by staff:ada: agreement signed",
                        "TERMS_CHANGED by staff:ada: addendum 1",
                        "STATUS_CHANGED by staff:ada: paused");
        assertThat(changes.get(0).get("before").isNull()).isTrue();
        assertThat(changes.get(0).get("after").get("partnerId").asString()).isEqualTo(partner);
        assertThat(changes.get(1).get("before").get("terms").get("maximumShare").decimalValue())
                .isEqualByComparingTo("0.7");
        assertThat(changes.get(1).get("after").get("terms").get("maximumShare").decimalValue())
                .isEqualByComparingTo("0.5");
        assertThat(changes.get(1).get("after").get("partnerId").asString()).isEqualTo("P-new-" + run);
        assertThat(changes.get(2).get("before").get("status").asString()).isEqualTo("ACTIVE");
        assertThat(changes.get(2).get("after").get("status").asString()).isEqualTo("SUSPENDED");
        assertThat(changes.get(2).get("businessDate").asString())
                .isEqualTo(clock.businessDate().toString());
        assertThat(Instant.parse(changes.get(2).get("changedAt").asString()))
                .isAfterOrEqualTo(Instant.parse(changes.get(0).get("changedAt").asString()));
        assertThat(readJson(VIEWER, "/api/v1/admin/funders/" + funder)
                        .get("partnerId")
                        .asString())
                .isEqualTo("P-new-" + run);

        assertThat(status(VIEWER, "/api/v1/admin/funders/nobody-" + run + "/changes"))
                .isEqualTo(404);
        assertThat(status(SHOP, "/api/v1/admin/funders/" + funder + "/changes")).isEqualTo(403);
    }

    @Test
    void shouldDocumentTheStatementAndTheLoanTapeAsJsonAndAsCsv() {
        JsonNode paths = json.readTree(
                        TestHttp.to(port).get().uri("/v3/api-docs").retrieve().body(String.class))
                .get("paths");
        for (String path :
                List.of("/api/v1/funders/{funderId}/statements/{date}", "/api/v1/funders/{funderId}/loans")) {
            JsonNode responses = paths.get(path).get("get").get("responses");
            assertThat(responses.get("200").get("content").propertyNames())
                    .as(path)
                    .containsExactlyInAnyOrder("application/json", "text/csv");
            assertThat(responses.propertyNames()).as(path).contains("400", "401", "403", "404");
        }
        assertThat(paths.get("/api/v1/funders/{funderId}/statements/{date}")
                        .get("get")
                        .get("responses")
                        .has("422"))
                .isTrue();
    }

    // --- helpers ---------------------------------------------------------------------------------

    /** A bank funding grade A, 3-12 installments, up to 70%, first in preference, linked to the test's partner. */
    String register(String funderId) {
        Map<String, Object> funder = new LinkedHashMap<>();
        funder.put("funderId", funderId);
        funder.put("name", "Funder " + funderId);
        funder.put("kind", "BANK");
        funder.put("priority", 0);
        funder.put("settlementAccount", "NBCB 8100 0012");
        funder.put("partnerId", partner);
        funder.put("terms", terms("0.7"));
        ResponseEntity<String> registered = send("POST", "/api/v1/admin/funders", funder, "agreement signed");
        assertThat(registered.getStatusCode().value()).as(registered.getBody()).isEqualTo(201);
        return funderId;
    }

    static Map<String, Object> terms(String maximumShare) {
        return Map.of(
                "grades",
                List.of("A"),
                "minimumInstallments",
                3,
                "maximumInstallments",
                12,
                "minimumShare",
                0.2,
                "maximumShare",
                Double.parseDouble(maximumShare),
                "exposureCap",
                Map.of("amount", "1000000.00", "currency", "CNY"),
                "dailyQuota",
                Map.of("amount", "1000000.00", "currency", "CNY"),
                "yieldRate",
                0.065);
    }

    /** A plan of three monthly installments opened by checkout's event, as its outbox relay sends it. */
    UUID openPlan(String grade, String principal, LocalDate captured) {
        UUID planId = UUID.randomUUID();
        String customer = "it-books-" + UUID.randomUUID().toString().substring(0, 8);
        Money third = Money.of(principal).allocate(3).getFirst();
        Money last = Money.of(principal).minus(third.times(2));
        PlanCreated created = new PlanCreated(
                planId,
                "order-" + customer,
                customer,
                Money.of(principal),
                "FLAT_MONTHLY_FEE",
                3,
                false,
                new BigDecimal("0.1620"),
                captured,
                List.of(
                        new ScheduledInstallment(1, captured.plusDays(30), third, Money.of("5.00")),
                        new ScheduledInstallment(2, captured.plusDays(60), third, Money.of("5.00")),
                        new ScheduledInstallment(3, captured.plusDays(90), last, Money.of("5.00"))),
                grade,
                null,
                Money.ZERO,
                Money.ZERO,
                null,
                null);
        EventEnvelope envelope = new EventEnvelope(
                UUID.randomUUID(),
                EventTypes.nameOf(PlanCreated.class),
                EventTypes.versionOf(PlanCreated.class),
                created.aggregateId(),
                created.customerKey(),
                Instant.now(),
                "it-" + UUID.randomUUID(),
                json.valueToTree(created),
                null);
        kafka.send(CheckoutTopics.ORDERS, created.customerKey(), json.writeValueAsString(envelope))
                .join();
        await().atMost(Duration.ofSeconds(30)).until(() -> status(ADMIN, "/api/v1/plans/" + planId) == 200);
        return planId;
    }

    ResponseEntity<String> pay(UUID planId, String reference, String amount) {
        return TestHttp.to(port)
                .post()
                .uri("/api/v1/repayments")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of(
                        "planId", planId.toString(),
                        "paymentReference", reference,
                        "amount", Map.of("amount", amount, "currency", "CNY")))
                .retrieve()
                .toEntity(String.class);
    }

    ResponseEntity<String> send(String method, String path, Object body, String reason) {
        return TestHttp.as(port, ADMIN)
                .method(HttpMethod.valueOf(method))
                .uri(path)
                .header("Audit-Reason", reason)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .toEntity(String.class);
    }

    ResponseEntity<String> read(Caller caller, String path, boolean asCsv) {
        return TestHttp.as(port, caller)
                .get()
                .uri(path)
                .accept(asCsv ? MediaType.parseMediaType("text/csv") : MediaType.APPLICATION_JSON)
                .retrieve()
                .toEntity(String.class);
    }

    JsonNode readJson(Caller caller, String path) {
        ResponseEntity<String> response = read(caller, path, false);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return json.readTree(response.getBody());
    }

    int status(Caller caller, String path) {
        return read(caller, path, false).getStatusCode().value();
    }

    static List<List<String>> csv(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(response.getBody()).endsWith("\r\n");
        return Arrays.stream(response.getBody().split("\r\n"))
                .map(line -> List.of(line.split(",", -1)))
                .toList();
    }

    static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    static String amount(JsonNode money) {
        return money.get("amount").asString();
    }

    static BigDecimal decimal(JsonNode money) {
        return new BigDecimal(amount(money));
    }
}
