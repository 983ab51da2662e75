package com.creditline.checkout.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.id.CaptureId;
import com.creditline.common.id.OrderId;
import com.creditline.common.security.Caller;
import com.creditline.common.test.TestCallers;
import com.creditline.common.test.TestHttp;
import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
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
 * Checkout's order flow over HTTP for the shop, on real PostgreSQL and Kafka, with
 * credit-limit-service's hold API played by a stub HTTP server (the real one is exercised end to
 * end in deploy's tests).
 */
class CheckoutOrdersIT extends CheckoutOnRealInfrastructure {

    String customer;

    @BeforeEach
    void customerWithALine() {
        customer = newCustomer();
    }

    ResponseEntity<String> authorise(String orderId, String amount) {
        return authorise(TestCallers.EVERYTHING, orderId, customer, amount);
    }

    @Test
    void shouldQuotePlansWithTheAprFirst() {
        var quote = post(
                "/api/v1/quotes",
                "{\"customerId\":\"" + customer + "\",\"amount\":{\"amount\":\"1200.00\",\"currency\":\"CNY\"}}");
        assertThat(quote.getStatusCode().value()).isEqualTo(200);
        assertThat(JsonPath.<List<String>>read(quote.getBody(), "$.offers[*].method"))
                .contains("PAY_IN_FULL");
        assertThat(JsonPath.<List<Integer>>read(quote.getBody(), "$.offers[*].installmentCount"))
                .contains(12, 24);
        assertThat(quote.getBody()).as("the customer first").startsWith("{\"customerId\"");
        assertThat(quote.getBody().indexOf("annualPercentageRate"))
                .isLessThan(quote.getBody().indexOf("monthlyRate"));
    }

    @Test
    void shouldAuthoriseCaptureTwiceAndRefundWithOneEffectPerRequest() {
        String order = "o-" + UUID.randomUUID();
        assertThat(authorise(order, "3000.00").getStatusCode().value()).isEqualTo(201);
        assertThat(authorise(order, "3000.00").getStatusCode().value()).isEqualTo(200);
        assertThat(authorise(order, "2999.00").getStatusCode().value()).isEqualTo(409);

        String capture = "{\"captureId\":\"%s\",\"amount\":{\"amount\":\"%s\",\"currency\":\"CNY\"},"
                + "\"method\":\"FLAT_MONTHLY_FEE\",\"installmentCount\":%d}";
        assertThat(post("/api/v1/orders/" + order + "/captures", capture.formatted(order + "-c1", "1200.00", 3))
                        .getStatusCode()
                        .value())
                .isEqualTo(201);
        post("/api/v1/orders/" + order + "/captures", capture.formatted(order + "-c1", "1200.00", 3));
        var second = post("/api/v1/orders/" + order + "/captures", capture.formatted(order + "-c2", "800.00", 6));
        assertThat(at(second, "$.captured.amount")).isEqualTo("2000.00");

        var refund = post(
                "/api/v1/orders/" + order + "/refunds",
                "{\"refundId\":\"r-1\",\"amount\":{\"amount\":\"1000.00\",\"currency\":\"CNY\"}}");
        post(
                "/api/v1/orders/" + order + "/refunds",
                "{\"refundId\":\"r-1\",\"amount\":{\"amount\":\"1000.00\",\"currency\":\"CNY\"}}");
        assertThat(at(refund, "$.refunded.amount")).isEqualTo("1000.00");

        var voided = post("/api/v1/orders/" + order + "/void", "");
        assertThat(at(voided, "$.released.amount")).isEqualTo("1000.00");
        assertThat(at(voided, "$.status")).isEqualTo("CAPTURED");

        assertThat(events("PlanCreated", order)).isEqualTo(2);
        assertThat(LINE.lastToken).as("the peer token sent to the line").isNotNull();
        assertThat(issuerOf(LINE.lastToken)).isEqualTo("creditline-services");
        // 1,000 refunded from the latest plan first: 800 from the second, 200 from the first.
        assertThat(events("PlanRefunded", order)).isEqualTo(2);
        assertThat(events("OrderVoided", order)).isEqualTo(1);
    }

    @Test
    void shouldListACustomersOrdersLatestFirstWithTheirPlansToTheShopAndStaffButNotPartners() {
        String first = "o-" + UUID.randomUUID();
        String second = "o-" + UUID.randomUUID();
        assertThat(authorise(first, "1200.00").getStatusCode().value()).isEqualTo(201);
        assertThat(capture(TestCallers.EVERYTHING, first, first + "-c1", "1200.00", 3)
                        .getStatusCode()
                        .value())
                .isEqualTo(201);
        assertThat(authorise(second, "300.00").getStatusCode().value()).isEqualTo(201);

        var viewer = TestCallers.staff("vera", "VIEWER");
        var listed = get(viewer, "/api/v1/orders?customerId=" + customer);
        assertThat(listed.getStatusCode().value()).isEqualTo(200);
        assertThat(JsonPath.<List<String>>read(listed.getBody(), "$[*].orderId"))
                .containsExactly(second, first);
        assertThat(at(listed, "$[0].status")).isEqualTo("AUTHORISED");
        assertThat(at(listed, "$[0].stillHeld.amount")).isEqualTo("300.00");
        assertThat(at(listed, "$[1].captured.amount")).isEqualTo("1200.00");
        assertThat(JsonPath.<List<Integer>>read(listed.getBody(), "$[1].plans[*].installmentCount"))
                .containsExactly(3);
        assertThat(JsonPath.<List<String>>read(
                        get(viewer, "/api/v1/orders?customerId=" + customer + "&limit=1")
                                .getBody(),
                        "$[*].orderId"))
                .containsExactly(second);
        assertThat(get(viewer, "/api/v1/orders?customerId=" + newCustomer()).getBody())
                .isEqualTo("[]");

        var partner = Caller.partner("travel-co", "key-1", List.of("checkout:write", "orders:read"));
        assertThat(get(partner, "/api/v1/orders?customerId=" + customer)
                        .getStatusCode()
                        .value())
                .isEqualTo(403);
        var tooMany = get(viewer, "/api/v1/orders?customerId=" + customer + "&limit=101");
        assertThat(tooMany.getStatusCode().value()).isEqualTo(400);
        assertThat(tooMany.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void shouldDeclineWhenTheLineHasTooLittleAvailableAndSayWhy() {
        var response = authorise("o-" + UUID.randomUUID(), "5000.01");
        assertThat(response.getStatusCode().value()).isEqualTo(201);
        assertThat(at(response, "$.status")).isEqualTo("DECLINED");
        assertThat(at(response, "$.decision")).isEqualTo("DECLINE");
        assertThat(JsonPath.<List<String>>read(response.getBody(), "$.reasons"))
                .containsExactly("CREDIT_LIMIT_EXCEEDED");
    }

    @Test
    void shouldAnswer503QuicklyAndLeakNoHoldWhenTheCreditLineIsTooSlow() {
        LINE.delayMillis = 3_000;
        int releasesBefore = LINE.releases.get();
        Instant started = Instant.now();

        var response = authorise("o-" + UUID.randomUUID(), "100.00");

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(15));
        assertThat(LINE.releases.get()).isGreaterThan(releasesBefore);
    }

    @Test
    void shouldRefuseToCaptureMoreThanIsAuthorised() {
        String order = "o-" + UUID.randomUUID();
        authorise(order, "100.00");
        var response = post(
                "/api/v1/orders/" + order + "/captures",
                "{\"captureId\":\"x1\",\"amount\":{\"amount\":\"100.01\",\"currency\":\"CNY\"},"
                        + "\"method\":\"PAY_IN_FULL\",\"installmentCount\":1}");
        assertThat(response.getStatusCode().value()).isEqualTo(422);
    }

    @Test
    void shouldCapturePayInFullWithoutAnInstallmentCountButRequireTheCountOfAnInstallmentPlan() {
        String order = "o-" + UUID.randomUUID();
        authorise(order, "500.00");
        String capture =
                "{\"captureId\":\"%s\",\"amount\":{\"amount\":\"200.00\",\"currency\":\"CNY\"},\"method\":\"%s\"}";

        var payInFull = post("/api/v1/orders/" + order + "/captures", capture.formatted(order + "-c1", "PAY_IN_FULL"));
        var installments =
                post("/api/v1/orders/" + order + "/captures", capture.formatted(order + "-c2", "FLAT_MONTHLY_FEE"));

        assertThat(payInFull.getStatusCode().value()).isEqualTo(201);
        assertThat(at(payInFull, "$.plans[0].method")).isEqualTo("PAY_IN_FULL");
        assertThat(JsonPath.<Integer>read(payInFull.getBody(), "$.plans[0].installmentCount"))
                .isEqualTo(1);
        assertThat(installments.getStatusCode().value()).isEqualTo(400);
        // what the refusal says is the web layer's: OrderControllerSliceTest
        assertThat(events("PlanCreated", order)).isEqualTo(1);
    }

    @Autowired
    OrderAuthorisation authorisation;

    @Autowired
    OrderCapture capture;

    @Test
    void shouldLetOnlyTheCapturesThatFitWinWhenCapturesAndAVoidRaceOnOneOrder() throws Exception {
        String order = "o-" + UUID.randomUUID();
        authorise(order, "1000.00");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        var answers = new java.util.concurrent.ConcurrentLinkedQueue<Integer>();
        for (int i = 0; i < 8; i++) {
            String captureId = order + "-race-" + i;
            pool.submit(() -> answers.add(post(
                            "/api/v1/orders/" + order + "/captures",
                            "{\"captureId\":\"" + captureId
                                    + "\",\"amount\":{\"amount\":\"300.00\",\"currency\":\"CNY\"},"
                                    + "\"method\":\"PAY_IN_FULL\",\"installmentCount\":1}")
                    .getStatusCode()
                    .value()));
        }
        pool.submit(() -> answers.add(
                post("/api/v1/orders/" + order + "/void", "").getStatusCode().value()));
        pool.shutdown();
        assertThat(pool.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS))
                .isTrue();

        assertThat(answers).allSatisfy(status -> assertThat(status).isIn(200, 201, 409, 422));
        var captured = jdbc.queryForObject(
                "SELECT captured + released FROM financed_order WHERE order_id = ?", BigDecimal.class, order);
        var plans = jdbc.queryForObject("SELECT count(*) FROM plan WHERE order_id = ?", Integer.class, order);
        assertThat(plans).isLessThanOrEqualTo(3);
        assertThat(captured).isLessThanOrEqualTo(new BigDecimal("1000.00"));
        assertThat(jdbc.queryForObject(
                        "SELECT captured FROM financed_order WHERE order_id = ?", BigDecimal.class, order))
                .isEqualByComparingTo(new BigDecimal("300.00").multiply(BigDecimal.valueOf(plans)));
    }

    @Test
    void shouldOpenTheCircuitWhenTheCreditLineKeepsFailingAndThenAnswerWithoutCallingIt() {
        LINE.failing = true;
        for (int i = 0; i < 12; i++) {
            authorise("o-" + UUID.randomUUID(), "10.00");
        }
        assertThat(circuitBreakers.circuitBreaker("creditLine").getState().name())
                .isEqualTo("OPEN");

        int releasesBefore = LINE.releases.get();
        Instant started = Instant.now();
        var response = authorise("o-" + UUID.randomUUID(), "10.00");

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(1));
        assertThat(LINE.releases.get()).isEqualTo(releasesBefore);
    }

    @Test
    void shouldFinishACaptureWhoseProcessDiedAfterWritingItsIntent() {
        String order = "o-" + UUID.randomUUID();
        authorise(order, "900.00");
        // As if the process died after the intent was written (and perhaps after the line captured).
        jdbc.update(
                "INSERT INTO capture_intent (capture_id, order_id, amount, method, installment_count,"
                        + " merchant_subsidised, capture_date, created_at) VALUES (?, ?, 900.00, 'FLAT_MONTHLY_FEE', 3,"
                        + " false, current_date, now() - interval '5 minutes')",
                order + "-c",
                order);

        capture.recover(CaptureId.of(order + "-c"));
        capture.recover(CaptureId.of(order + "-c"));

        assertThat(jdbc.queryForObject("SELECT count(*) FROM plan WHERE capture_id = ?", Integer.class, order + "-c"))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT completed_at IS NOT NULL FROM capture_intent WHERE capture_id = ?",
                        Boolean.class,
                        order + "-c"))
                .isTrue();
        assertThat(events("PlanCreated", order)).isEqualTo(1);
    }

    @Test
    void shouldReleaseTheHoldOfAnAuthorisationWhoseProcessDiedWhilePlacingIt() {
        String order = "o-" + UUID.randomUUID();
        // The hold reached the line, then the process died before the order was settled.
        LINE.holds.put(order, new BigDecimal("400.00"));
        LINE.available.merge(customer, new BigDecimal("-400.00"), BigDecimal::add);
        jdbc.update(
                "INSERT INTO financed_order (order_id, customer_id, amount, status, decision, authorised_at)"
                        + " VALUES (?, ?, 400.00, 'AUTHORISING', 'PENDING', now() - interval '5 minutes')",
                order,
                customer);

        authorisation.recover(OrderId.of(order));

        assertThat(LINE.holds).doesNotContainKey(order);
        assertThat(LINE.available.get(customer)).isEqualByComparingTo("5000.00");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM financed_order WHERE order_id = ?", Integer.class, order))
                .isZero();
        assertThat(authorise(order, "400.00").getStatusCode().value()).isEqualTo(201);
    }

    private int events(String type, String orderId) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM outbox_event WHERE event_type = ? AND envelope->'payload'->>'orderId' = ?",
                Integer.class,
                type,
                orderId);
    }

    @Test
    void shouldRefuseTheInternalTotalsToAnyoneButAPeerService() {
        var asTheShop = TestHttp.to(port)
                .get()
                .uri("/internal/v1/reconciliation/order-totals")
                .header("Authorization", "Bearer " + TestCallers.tokenFor(TestCallers.EVERYTHING))
                .retrieve()
                .toEntity(String.class);
        var asAPeer = TestHttp.to(port)
                .get()
                .uri("/internal/v1/reconciliation/order-totals")
                .retrieve()
                .toEntity(String.class);

        assertThat(asTheShop.getStatusCode().value()).isEqualTo(403);
        assertThat(asAPeer.getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void shouldLetOnlyACreditOfficerDecideAReview() {
        String order = "o-" + UUID.randomUUID();
        authorise(order, "100.00");
        String review = "/api/v1/admin/orders/" + order + "/review";

        String decision = "{\"approve\":true,\"reason\":\"customer confirmed by phone\"}";
        var byAViewer = post(TestCallers.staff("vera", "VIEWER"), review, decision);
        var byTheShop = post(SHOP, review, decision);

        assertThat(byAViewer.getStatusCode().value()).isEqualTo(403);
        assertThat(byTheShop.getStatusCode().value()).isEqualTo(403);
        assertThat(get(TestCallers.staff("vera", "VIEWER"), "/api/v1/orders/" + order)
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
    }

    @Test
    void shouldDescribeEveryEndpointWithBothViewsOfAnOrderAndNoCallerParameter() {
        var api = TestHttp.anonymous(port).get().uri("/v3/api-docs").retrieve().toEntity(String.class);

        assertThat(api.getStatusCode().value()).isEqualTo(200);
        assertThat(JsonPath.<Map<String, Object>>read(api.getBody(), "$.paths"))
                .containsKeys(
                        "/api/v1/customers/{customerId}/partner-links",
                        "/api/v1/admin/partner-webhooks/{partnerId}/deliveries");
        assertThat(JsonPath.<Map<String, Object>>read(api.getBody(), "$.components.schemas"))
                .containsKeys("PartnerOrderView", "PartnerQuote");
        assertThat(JsonPath.<List<String>>read(api.getBody(), "$.paths.*.*.parameters[*].name"))
                .doesNotContain("caller");
    }

    /** The text at a JSON path of an answer's body. */
    private static String at(ResponseEntity<String> answer, String path) {
        return JsonPath.read(answer.getBody(), path);
    }

    /** The issuer claim of a JWT, read without verifying it (the stub only looks). */
    private static String issuerOf(String token) {
        String claims = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        return claims.replaceAll(".*\"iss\":\"([^\"]+)\".*", "$1");
    }
}
