package com.creditline.checkout.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.security.Caller;
import com.creditline.common.test.TestHttp;
import com.creditline.common.time.BusinessClock;
import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Cash draws over HTTP on real PostgreSQL and Kafka, with the stub line answering the line's view
 * and its CASH holds: a bank account sealed at rest, a quote, a draw paid out by the local stand-in
 * provider into PlanCreated(product CASH) with the hold captured, a failed payout releasing the
 * hold, an idempotent replay, and ineligible customers refused with their reasons.
 */
class CashDrawsIT extends CheckoutOnRealInfrastructure {

    static final String NUMBER = "6222020012345678";

    @Autowired
    BusinessClock clock;

    String customer;

    @BeforeEach
    void aGradeBCustomerOpenAYearWithTwentyThousandInCash() {
        customer = newCustomer();
        LINE.available.put(customer, new BigDecimal("50000.00"));
        line("ACTIVE", "B", monthsAgo(12), "20000.00");
    }

    @Test
    void shouldRegisterABankAccountSealedAtRestAndShowItOnlyMasked() {
        var registered = register(NUMBER);

        assertThat(registered.getStatusCode().value()).isEqualTo(201);
        assertThat(at(registered, "$.maskedNumber")).isEqualTo("**** **** **** 5678");
        assertThat(registered.getBody()).doesNotContain(NUMBER).doesNotContain("Zhang");
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT account_number_sealed, holder_name_sealed, last_four FROM bank_account WHERE customer_id = ?",
                customer);
        assertThat(new String((byte[]) row.get("account_number_sealed"), StandardCharsets.ISO_8859_1))
                .doesNotContain(NUMBER)
                .doesNotContain("12345678");
        assertThat(new String((byte[]) row.get("holder_name_sealed"), StandardCharsets.ISO_8859_1))
                .doesNotContain("Zhang");
        assertThat(row.get("last_four")).isEqualTo("5678");
        assertThat(register(NUMBER).getStatusCode().value()).isEqualTo(409);
        var listed = get(SHOP, "/api/v1/customers/" + customer + "/bank-accounts");
        assertThat(JsonPath.<List<String>>read(listed.getBody(), "$[*].maskedNumber"))
                .containsExactly("**** **** **** 5678");
        assertThat(listed.getBody()).doesNotContain(NUMBER);
    }

    @Test
    void shouldQuoteEachTermByEachMethodWithTheAprAheadOfTheDailyRate() {
        var quote = post(
                SHOP,
                "/api/v1/cash-quotes",
                "{\"customerId\":\"" + customer + "\",\"amount\":{\"amount\":\"10000.00\",\"currency\":\"CNY\"}}");

        assertThat(quote.getStatusCode().value()).isEqualTo(200);
        assertThat(JsonPath.<List<Integer>>read(quote.getBody(), "$.offers[*].installmentCount"))
                .containsExactly(3, 3, 6, 6, 12, 12);
        assertThat(JsonPath.<List<String>>read(quote.getBody(), "$.offers[*].dailyRate"))
                .allMatch("0.03%"::equals);
        String first = quote.getBody().substring(quote.getBody().indexOf("\"offers\""));
        assertThat(first.indexOf("annualPercentageRate")).isLessThan(first.indexOf("dailyRate"));
        var tooMuch = post(
                SHOP,
                "/api/v1/cash-quotes",
                "{\"customerId\":\"" + customer + "\",\"amount\":{\"amount\":\"20000.01\",\"currency\":\"CNY\"}}");
        assertThat(tooMuch.getStatusCode().value()).isEqualTo(422);
        assertThat(at(tooMuch, "$.type")).endsWith("/cash-amount-refused");
    }

    @Test
    void shouldPayOutADrawAndOpenACashPlanWithTheWholeHoldCaptured() throws InterruptedException {
        String account = at(register(NUMBER), "$.bankAccountId");

        var drawn = draw(SHOP, "k-" + UUID.randomUUID(), "10000.00", 6, account);

        assertThat(drawn.getStatusCode().value()).isEqualTo(201);
        assertThat(at(drawn, "$.status")).isEqualTo("REQUESTED");
        String drawId = at(drawn, "$.drawId");
        assertThat(LINE.holds.get(drawId)).isEqualByComparingTo("10000.00");
        assertThat(totals())
                .as("held for the payout, for the line's reconciliation")
                .isEqualTo("10000.00/0");
        String paid = awaitStatus(SHOP, "/api/v1/cash-draws/" + drawId, "PAID");
        assertThat(JsonPath.<String>read(paid, "$.planId")).isNotNull();
        assertThat(LINE.holds.get(drawId)).as("the whole hold captured").isEqualByComparingTo("0");
        assertThat(totals()).as("a plan, nothing held").isEqualTo("0.00/1");
        Map<String, Object> plan = jdbc.queryForMap(
                "SELECT envelope->'payload'->>'product' AS product, envelope->'payload'->>'merchantId' AS merchant,"
                        + " envelope->'payload'->>'method' AS method, envelope->'payload'->>'planId' AS plan,"
                        + " envelope->'payload'->>'captureDate' AS dated,"
                        + " jsonb_array_length(envelope->'payload'->'installments') AS installments FROM outbox_event"
                        + " WHERE event_type = 'PlanCreated' AND envelope->'payload'->>'orderId' = ?",
                drawId);
        assertThat(plan)
                .containsEntry("product", "CASH")
                .containsEntry("merchant", null)
                .containsEntry("method", "EQUAL_PRINCIPAL")
                .containsEntry("plan", JsonPath.<String>read(paid, "$.planId"))
                .containsEntry("dated", clock.businessDate().toString())
                .containsEntry("installments", 6);
        assertThat(JsonPath.<List<String>>read(
                        get(SHOP, "/api/v1/customers/" + customer + "/cash-draws")
                                .getBody(),
                        "$[*].drawId"))
                .containsExactly(drawId);
    }

    @Test
    void shouldReleaseTheHoldWhenThePayoutFailsAndAnswerItOnce() {
        String account = at(register(NUMBER), "$.bankAccountId");
        String drawId = at(draw(SHOP, "k-" + UUID.randomUUID(), "3000.00", 3, account), "$.drawId");

        var failed = payoutOutcome(drawId, "{\"paid\":false,\"reason\":\"account closed\"}");

        assertThat(failed.getStatusCode().value()).isEqualTo(200);
        assertThat(at(failed, "$.status")).isEqualTo("FAILED");
        assertThat(at(failed, "$.failureReason")).isEqualTo("account closed");
        assertThat(LINE.holds).doesNotContainKey(drawId);
        assertThat(LINE.available.get(customer)).isEqualByComparingTo("50000.00");
        assertThat(payoutOutcome(drawId, "{\"paid\":true}").getStatusCode().value())
                .isEqualTo(409);
        assertThat(outboxEventsOf(drawId)).isZero();
    }

    @Test
    void shouldAnswerTheSameDrawForTheSameIdempotencyKeyAndRefuseItForAnother() {
        String account = at(register(NUMBER), "$.bankAccountId");
        String key = "k-" + UUID.randomUUID();
        var first = draw(SHOP, key, "2000.00", 3, account);
        Caller anotherShopInstance = Caller.client("shop-2", List.of("customers:write", "customers:read"));

        var replayed = draw(SHOP, key, "2000.00", 3, account);
        var replayedByTheDraw = draw(anotherShopInstance, key, "2000.00", 3, account);
        var otherBodyUnderTheSameKey = draw(SHOP, key, "2500.00", 3, account);
        var otherBody = draw(Caller.client("shop-3", List.of("customers:write")), key, "2500.00", 3, account);

        assertThat(replayed.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(at(replayed, "$.drawId")).isEqualTo(at(first, "$.drawId"));
        assertThat(replayedByTheDraw.getStatusCode().value()).isEqualTo(200);
        assertThat(at(replayedByTheDraw, "$.drawId")).isEqualTo(at(first, "$.drawId"));
        assertThat(otherBodyUnderTheSameKey.getStatusCode().value())
                .as("the caller's own key store refuses another request")
                .isEqualTo(422);
        assertThat(otherBody.getStatusCode().value())
                .as("the draw's own key refuses another draw")
                .isEqualTo(409);
        assertThat(at(otherBody, "$.type")).endsWith("/cash-draw-conflict");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM cash_draw WHERE customer_id = ?", Integer.class, customer))
                .isEqualTo(1);
    }

    @Test
    void shouldRefuseIneligibleCustomersNamingTheirReasons() {
        String account = at(register(NUMBER), "$.bankAccountId");

        line("ACTIVE", "D", monthsAgo(12), "20000.00");
        var gradeD = draw(SHOP, "k-" + UUID.randomUUID(), "1000.00", 3, account);
        line("ACTIVE", "A", monthsAgo(1), "20000.00");
        var tooNew = draw(SHOP, "k-" + UUID.randomUUID(), "1000.00", 3, account);
        line("FROZEN", "A", monthsAgo(12), "20000.00");
        var frozen = draw(SHOP, "k-" + UUID.randomUUID(), "1000.00", 3, account);
        var eligibility = get(SHOP, "/api/v1/customers/" + customer + "/cash-eligibility");

        assertThat(gradeD.getStatusCode().value()).isEqualTo(422);
        assertThat(at(gradeD, "$.type")).endsWith("/cash-not-eligible");
        assertThat(at(gradeD, "$.detail")).contains("GRADE_NOT_ELIGIBLE");
        assertThat(at(tooNew, "$.detail")).contains("LINE_TOO_NEW");
        assertThat(at(frozen, "$.detail")).contains("LINE_NOT_ACTIVE");
        assertThat(JsonPath.<Boolean>read(eligibility.getBody(), "$.eligible")).isFalse();
        assertThat(JsonPath.<List<String>>read(eligibility.getBody(), "$.reasons"))
                .containsExactly("LINE_NOT_ACTIVE");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM cash_draw WHERE customer_id = ?", Integer.class, customer))
                .isZero();
    }

    @Test
    void shouldPassOnTheLinesRefusalOfACashHold() {
        String account = at(register(NUMBER), "$.bankAccountId");
        LINE.refuseCashWith = "borrower-ceiling-reached";

        var refused = draw(SHOP, "k-" + UUID.randomUUID(), "1000.00", 3, account);

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(at(refused, "$.type")).endsWith("/borrower-ceiling-reached");
        assertThat(at(refused, "$.detail")).contains("200,000 yuan");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM cash_draw WHERE customer_id = ?", Integer.class, customer))
                .isZero();
    }

    /** The customer's held amount and plan count as credit-limit-service's reconciliation reads them. */
    private String totals() {
        String body = TestHttp.to(port)
                .get()
                .uri("/internal/v1/reconciliation/order-totals")
                .retrieve()
                .body(String.class);
        List<Number> held = JsonPath.read(body, "$[?(@.customerId == '" + customer + "')].stillHeld");
        List<Integer> plans = JsonPath.read(body, "$[?(@.customerId == '" + customer + "')].plans");
        return new BigDecimal(held.getFirst().toString()).setScale(2) + "/" + plans.getFirst();
    }

    private void line(String status, String grade, Instant openedAt, String cashAvailable) {
        LINE.cashLines.put(
                customer,
                new StubCreditLine.CashLine(status, grade, openedAt.toString(), new BigDecimal(cashAvailable)));
    }

    private Instant monthsAgo(int months) {
        return clock.businessDate()
                .minusMonths(months)
                .atStartOfDay(clock.zone())
                .toInstant();
    }

    private ResponseEntity<String> register(String number) {
        return post(
                SHOP,
                "/api/v1/customers/" + customer + "/bank-accounts",
                "{\"bankName\":\"ICBC\",\"accountNumber\":\"" + number + "\",\"holderName\":\"Zhang Wei\"}");
    }

    private ResponseEntity<String> draw(Caller caller, String key, String amount, int count, String account) {
        return TestHttp.as(port, caller)
                .post()
                .uri("/api/v1/cash-draws")
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"customerId\":\"" + customer + "\",\"amount\":{\"amount\":\"" + amount
                        + "\",\"currency\":\"CNY\"},\"installmentCount\":" + count
                        + ",\"method\":\"EQUAL_PRINCIPAL\",\"bankAccountId\":\"" + account + "\"}")
                .retrieve()
                .toEntity(String.class);
    }

    private static String at(ResponseEntity<String> response, String path) {
        return JsonPath.read(response.getBody(), path);
    }
}
