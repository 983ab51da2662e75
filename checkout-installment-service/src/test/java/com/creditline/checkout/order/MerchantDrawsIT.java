package com.creditline.checkout.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.security.Caller;
import com.creditline.common.test.TestCallers;
import com.creditline.common.test.TestHttp;
import com.creditline.common.time.BusinessClock;
import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Merchant draws over HTTP on real PostgreSQL and Kafka, with the stub line playing the merchant's
 * MERCHANT line under {@code mch-<merchantId>}: a quote, a draw paid out by the local stand-in provider
 * into PlanCreated(product MERCHANT) with its sales sweep share, a failed payout releasing the hold, an
 * idempotent replay, a merchant's key kept to its own merchant, and merchants refused with reasons.
 */
class MerchantDrawsIT extends CheckoutOnRealInfrastructure {

    @Autowired
    BusinessClock clock;

    @Autowired
    ApplicationContext context;

    String merchant;
    String borrower;

    @BeforeEach
    void anEnrolledMerchantWithAGradeBLineOfEightyThousand() {
        merchant = newMerchant();
        borrower = "mch-" + merchant;
        merchantLine(borrower, "ACTIVE", "MERCHANT", "80000.00");
    }

    @Test
    void shouldQuoteEachTermByEachMethodAtTheMerchantLinesGrade() {
        var quote = post(
                key(merchant),
                "/api/v1/merchants/" + merchant + "/loan-quotes",
                "{\"amount\":{\"amount\":\"50000.00\",\"currency\":\"CNY\"},\"salesSweepShare\":0.10}");

        assertThat(quote.getStatusCode().value()).isEqualTo(200);
        assertThat(JsonPath.<List<Integer>>read(quote.getBody(), "$.offers[*].installmentCount"))
                .containsExactly(3, 3, 6, 6, 12, 12);
        assertThat(JsonPath.<List<String>>read(quote.getBody(), "$.offers[*].dailyRate"))
                .allMatch("0.04%"::equals);
        String offers = quote.getBody().substring(quote.getBody().indexOf("\"offers\""));
        assertThat(offers.indexOf("annualPercentageRate")).isLessThan(offers.indexOf("dailyRate"));
        var tooMuch = post(
                key(merchant),
                "/api/v1/merchants/" + merchant + "/loan-quotes",
                "{\"amount\":{\"amount\":\"80000.01\",\"currency\":\"CNY\"}}");
        assertThat(tooMuch.getStatusCode().value()).isEqualTo(422);
        assertThat(at(tooMuch, "$.type")).endsWith("/cash-amount-refused");
    }

    @Test
    void shouldPayOutAMerchantDrawAndOpenAMerchantPlanSweepingItsShareOfSales() {
        var drawn = draw(key(merchant), merchant, "k-" + UUID.randomUUID(), "50000.00", 6, "0.10");

        assertThat(drawn.getStatusCode().value()).isEqualTo(201);
        assertThat(at(drawn, "$.status")).isEqualTo("REQUESTED");
        assertThat(at(drawn, "$.merchantId")).isEqualTo(merchant);
        String drawId = at(drawn, "$.drawId");
        assertThat(LINE.holds.get(drawId)).isEqualByComparingTo("50000.00");
        assertThat(jdbc.queryForMap(
                        "SELECT bank_account_id, merchant_id FROM cash_payout_instruction WHERE draw_id = ?::uuid",
                        drawId))
                .as("paid to the merchant's settlement account, no bank account")
                .containsEntry("bank_account_id", null)
                .containsEntry("merchant_id", merchant);
        String paid = awaitStatus(key(merchant), "/api/v1/merchants/" + merchant + "/draws/" + drawId, "PAID");
        assertThat(JsonPath.<String>read(paid, "$.planId")).isNotNull();
        assertThat(LINE.holds.get(drawId)).as("the whole hold captured").isEqualByComparingTo("0");
        Map<String, Object> plan = jdbc.queryForMap(
                "SELECT envelope->'payload'->>'product' AS product, envelope->'payload'->>'customerId' AS customer,"
                        + " envelope->'payload'->>'merchantId' AS merchant, envelope->'payload'->>'grade' AS grade,"
                        + " (envelope->'payload'->>'salesSweepShare')::numeric AS share,"
                        + " (envelope->'payload'->'merchantSubsidy'->>'amount')::numeric AS subsidy,"
                        + " envelope->'payload'->>'planId' AS plan,"
                        + " jsonb_array_length(envelope->'payload'->'installments') AS installments FROM outbox_event"
                        + " WHERE event_type = 'PlanCreated' AND envelope->'payload'->>'orderId' = ?",
                drawId);
        assertThat(plan)
                .containsEntry("product", "MERCHANT")
                .containsEntry("customer", borrower)
                .containsEntry("merchant", null)
                .containsEntry("grade", "B")
                .containsEntry("plan", JsonPath.<String>read(paid, "$.planId"))
                .containsEntry("installments", 6);
        assertThat((BigDecimal) plan.get("share")).isEqualByComparingTo("0.10");
        assertThat((BigDecimal) plan.get("subsidy")).isEqualByComparingTo("0");
        String second = at(draw(key(merchant), merchant, "k-" + UUID.randomUUID(), "1000.00", 3, null), "$.drawId");
        assertThat(JsonPath.<List<String>>read(
                        get(key(merchant), "/api/v1/merchants/" + merchant + "/draws")
                                .getBody(),
                        "$[*].drawId"))
                .as("newest first")
                .containsExactly(second, drawId);
    }

    @Test
    void shouldReleaseTheHoldWhenTheMerchantsPayoutFails() {
        String drawId = at(draw(key(merchant), merchant, "k-" + UUID.randomUUID(), "20000.00", 3, null), "$.drawId");

        var failed = payoutOutcome(drawId, "{\"paid\":false,\"reason\":\"settlement account closed\"}");

        assertThat(failed.getStatusCode().value()).isEqualTo(200);
        assertThat(at(failed, "$.status")).isEqualTo("FAILED");
        assertThat(at(failed, "$.product")).isEqualTo("MERCHANT");
        assertThat(JsonPath.<Object>read(failed.getBody(), "$.bankAccountId")).isNull();
        assertThat(LINE.holds).doesNotContainKey(drawId);
        assertThat(LINE.available.get(borrower)).as("the line as it was").isEqualByComparingTo("80000.00");
        assertThat(outboxEventsOf(drawId)).isZero();
    }

    @Test
    void shouldLetRecoveryFinishOrUndoWhatADyingProcessLeftOfAMerchantDraw() {
        String drawId = at(draw(key(merchant), merchant, "k-" + UUID.randomUUID(), "10000.00", 3, "0.05"), "$.drawId");
        LINE.failing = true;
        var leftToRecovery = payoutOutcome(drawId, "{\"paid\":true}");
        LINE.failing = false;
        circuitBreakers.circuitBreaker("creditLine").reset();
        String dying = UUID.randomUUID().toString();
        jdbc.update(
                "INSERT INTO cash_draw (draw_id, idempotency_key, product, customer_id, merchant_id, sales_sweep_share,"
                        + " amount, installment_count, method, grade, daily_rate, status, hold_placed, requested_at)"
                        + " VALUES (?::uuid, ?, 'MERCHANT', ?, ?, 0.05, 3000.00, 3, 'EQUAL_INSTALLMENT', 'B', 0.0004,"
                        + " 'REQUESTED', false, now() - interval '1 hour')",
                dying,
                "k-" + UUID.randomUUID(),
                borrower,
                merchant);
        LINE.holds.put(dying, new BigDecimal("3000.00"));
        LINE.available.merge(borrower, new BigDecimal("-3000.00"), BigDecimal::add);
        jdbc.update("UPDATE cash_draw SET answered_at = now() - interval '1 hour' WHERE draw_id = ?::uuid", drawId);

        ReflectionTestUtils.invokeMethod(context.getBean("cashRecovery"), "recover");

        assertThat(leftToRecovery.getStatusCode().value()).isEqualTo(200);
        assertThat(at(leftToRecovery, "$.status"))
                .as("answered, not yet settled")
                .isEqualTo("REQUESTED");
        String settled = get(key(merchant), "/api/v1/merchants/" + merchant + "/draws/" + drawId)
                .getBody();
        assertThat(JsonPath.<String>read(settled, "$.status")).isEqualTo("PAID");
        assertThat(jdbc.queryForObject(
                        "SELECT envelope->'payload'->>'product' FROM outbox_event WHERE event_type = 'PlanCreated'"
                                + " AND envelope->'payload'->>'orderId' = ?",
                        String.class,
                        drawId))
                .isEqualTo("MERCHANT");
        assertThat(LINE.holds).as("the dying draw's hold released").doesNotContainKey(dying);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM cash_draw WHERE draw_id = ?::uuid", Integer.class, dying))
                .isZero();
        assertThat(LINE.available.get(borrower)).isEqualByComparingTo("70000.00");
    }

    @Test
    void shouldAnswerTheSameDrawForTheSameIdempotencyKeyAndRefuseItForAnother() {
        String key = "k-" + UUID.randomUUID();
        var first = draw(key(merchant), merchant, key, "5000.00", 3, "0.10");

        var replayed = draw(key(merchant, "key-2"), merchant, key, "5000.00", 3, "0.1");
        var otherBody = draw(key(merchant, "key-3"), merchant, key, "5000.00", 3, "0.20");

        assertThat(first.getStatusCode().value()).isEqualTo(201);
        assertThat(replayed.getStatusCode().value()).isEqualTo(200);
        assertThat(at(replayed, "$.drawId")).isEqualTo(at(first, "$.drawId"));
        assertThat(otherBody.getStatusCode().value()).isEqualTo(409);
        assertThat(at(otherBody, "$.type")).endsWith("/cash-draw-conflict");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM cash_draw WHERE merchant_id = ?", Integer.class, merchant))
                .isEqualTo(1);
        var withoutKey = TestHttp.as(port, key(merchant))
                .post()
                .uri("/api/v1/merchants/" + merchant + "/draws")
                .contentType(MediaType.APPLICATION_JSON)
                .body(body("5000.00", 3, null))
                .retrieve()
                .toEntity(String.class);
        assertThat(withoutKey.getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void shouldKeepAMerchantsKeyToItsOwnMerchant() {
        String other = newMerchant();
        merchantLine("mch-" + other, "ACTIVE", "MERCHANT", "80000.00");
        String othersDraw = at(draw(key(other), other, "k-" + UUID.randomUUID(), "2000.00", 3, null), "$.drawId");

        var drawForOther = draw(key(merchant), other, "k-" + UUID.randomUUID(), "2000.00", 3, null);
        var quoteForOther = post(
                key(merchant),
                "/api/v1/merchants/" + other + "/loan-quotes",
                "{\"amount\":{\"amount\":\"2000.00\",\"currency\":\"CNY\"}}");
        var readOthers = get(key(merchant), "/api/v1/merchants/" + other + "/draws");
        var readOthersDraw = get(key(merchant), "/api/v1/merchants/" + other + "/draws/" + othersDraw);
        var othersDrawUnderOwnPath = get(key(merchant), "/api/v1/merchants/" + merchant + "/draws/" + othersDraw);
        var shopWithTheScope =
                get(Caller.client("shop", List.of("merchant:loans")), "/api/v1/merchants/" + other + "/draws");
        var theShop = get(SHOP, "/api/v1/merchants/" + other + "/draws");
        var asACashDraw = get(SHOP, "/api/v1/cash-draws/" + othersDraw);
        var asACustomersCashDraws = get(SHOP, "/api/v1/customers/mch-" + other + "/cash-draws");
        var cashFromAMerchantLine = post(
                SHOP,
                "/api/v1/cash-quotes",
                "{\"customerId\":\"mch-" + other + "\",\"amount\":{\"amount\":\"2000.00\",\"currency\":\"CNY\"}}");
        var staff = get(TestCallers.staff("vera", "VIEWER"), "/api/v1/merchants/" + other + "/draws/" + othersDraw);

        assertThat(List.of(drawForOther, quoteForOther, readOthers, readOthersDraw, shopWithTheScope, theShop))
                .extracting(r -> r.getStatusCode().value())
                .containsOnly(403);
        assertThat(othersDrawUnderOwnPath.getStatusCode().value()).isEqualTo(404);
        assertThat(asACashDraw.getStatusCode().value())
                .as("a merchant's draw is no cash draw")
                .isEqualTo(404);
        assertThat(staff.getStatusCode().value()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM cash_draw WHERE merchant_id = ?", Integer.class, other))
                .isEqualTo(1);
    }

    @Test
    void shouldRefuseMerchantsThatMayNotDrawNamingWhy() {
        String notEnrolled = "m-" + UUID.randomUUID().toString().substring(0, 8);
        merchantLine("mch-" + notEnrolled, "ACTIVE", "MERCHANT", "80000.00");
        var unenrolled = draw(key(notEnrolled), notEnrolled, "k-" + UUID.randomUUID(), "2000.00", 3, null);
        var share = draw(key(merchant), merchant, "k-" + UUID.randomUUID(), "2000.00", 3, "0.60");
        merchantLine(borrower, "FROZEN", "CONSUMER", "80000.00");
        var notAMerchantLine = draw(key(merchant), merchant, "k-" + UUID.randomUUID(), "2000.00", 3, null);
        LINE.cashLines.remove(borrower);
        var noLine = post(
                key(merchant),
                "/api/v1/merchants/" + merchant + "/loan-quotes",
                "{\"amount\":{\"amount\":\"2000.00\",\"currency\":\"CNY\"}}");
        merchantLine(borrower, "ACTIVE", "MERCHANT", "80000.00");
        var suspension = TestHttp.as(port, OPS)
                .put()
                .uri("/api/v1/admin/merchants/" + merchant + "/status")
                .header("Audit-Reason", "chargebacks under review")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"status\":\"SUSPENDED\"}")
                .retrieve()
                .toEntity(String.class);
        var suspended = draw(key(merchant), merchant, "k-" + UUID.randomUUID(), "2000.00", 3, null);

        assertThat(unenrolled.getStatusCode().value()).isEqualTo(422);
        assertThat(at(unenrolled, "$.type")).endsWith("/merchant-not-enrolled");
        assertThat(share.getStatusCode().value()).isEqualTo(422);
        assertThat(at(share, "$.type")).endsWith("/sweep-share-not-offered");
        assertThat(at(notAMerchantLine, "$.type")).endsWith("/merchant-loan-not-eligible");
        assertThat(at(notAMerchantLine, "$.detail"))
                .contains("NOT_A_MERCHANT_LINE")
                .contains("LINE_NOT_ACTIVE");
        assertThat(at(noLine, "$.detail")).contains("NO_MERCHANT_LINE");
        assertThat(suspension.getStatusCode().value()).isEqualTo(200);
        assertThat(at(suspended, "$.type")).endsWith("/merchant-suspended");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM cash_draw WHERE merchant_id IN (?, ?)",
                        Integer.class,
                        merchant,
                        notEnrolled))
                .isZero();
    }

    /** A merchant's own partner key (the partner's id is the merchant's) with merchant:loans. */
    private static Caller key(String merchantId) {
        return key(merchantId, "key-1");
    }

    private static Caller key(String merchantId, String keyId) {
        return Caller.partner(merchantId, keyId, List.of("merchant:loans"));
    }

    private String newMerchant() {
        String id = "m-" + UUID.randomUUID().toString().substring(0, 8);
        var enrolled = TestHttp.as(port, OPS)
                .post()
                .uri("/api/v1/admin/merchants")
                .header("Audit-Reason", "signed the 2026 merchant contract")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"merchantId\":\"" + id + "\",\"name\":\"Merchant " + id
                        + "\",\"discountRate\":0.006,\"settlementAccount\":\"ICBC 6222 0200 1234 5678\"}")
                .retrieve()
                .toEntity(String.class);
        assertThat(enrolled.getStatusCode().value()).isEqualTo(201);
        return id;
    }

    private void merchantLine(String borrowerId, String status, String kind, String available) {
        LINE.available.put(borrowerId, new BigDecimal(available));
        LINE.cashLines.put(
                borrowerId,
                new StubCreditLine.CashLine(
                        status,
                        "B",
                        clock.businessDate()
                                .atStartOfDay(clock.zone())
                                .toInstant()
                                .toString(),
                        new BigDecimal(available),
                        kind));
    }

    private ResponseEntity<String> draw(
            Caller caller, String merchantId, String key, String amount, int count, String share) {
        return TestHttp.as(port, caller)
                .post()
                .uri("/api/v1/merchants/" + merchantId + "/draws")
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body(amount, count, share))
                .retrieve()
                .toEntity(String.class);
    }

    private static String body(String amount, int count, String share) {
        return "{\"amount\":{\"amount\":\"" + amount + "\",\"currency\":\"CNY\"},\"installmentCount\":" + count
                + ",\"method\":\"EQUAL_INSTALLMENT\"" + (share == null ? "" : ",\"salesSweepShare\":" + share) + "}";
    }

    private static String at(ResponseEntity<String> response, String path) {
        return JsonPath.read(response.getBody(), path);
    }
}
