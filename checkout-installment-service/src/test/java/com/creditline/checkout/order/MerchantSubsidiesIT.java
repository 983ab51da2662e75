package com.creditline.checkout.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.security.Caller;
import com.creditline.common.test.TestCallers;
import com.creditline.common.test.TestHttp;
import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * Merchants and their subsidy agreements over HTTP on real PostgreSQL and Kafka: ops enrol a
 * merchant and its agreement (recorded with who and why), only an agreement in force makes a plan
 * 0% for the customer, and every plan of a merchant's order carries its discount into PlanCreated.
 */
class MerchantSubsidiesIT extends CheckoutOnRealInfrastructure {

    static final Caller OPS = TestCallers.staff("olga", "ADMIN");

    String customer;
    String merchant;

    @BeforeEach
    void aCustomerAndAMerchantWithA12MonthAgreement() {
        customer = newCustomer();
        merchant = "m-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(enrol(merchant, "0.006").getStatusCode().value()).isEqualTo(201);
        assertThat(agree(merchant, "[3, 12]", null).getStatusCode().value()).isEqualTo(201);
    }

    @Test
    void shouldEnrolAMerchantAndItsAgreementUnderTheOfficersNameAndReason() {
        var read = get(TestCallers.staff("vera", "VIEWER"), "/api/v1/admin/merchants/" + merchant);

        assertThat(read.getStatusCode().value()).isEqualTo(200);
        assertThat(at(read, "$.status")).isEqualTo("ACTIVE");
        assertThat(JsonPath.<Double>read(read.getBody(), "$.discountRate")).isEqualTo(0.006);
        assertThat(JsonPath.<List<Integer>>read(read.getBody(), "$.agreements[0].installmentCounts"))
                .containsExactly(3, 12);
        assertThat(JsonPath.<Boolean>read(read.getBody(), "$.agreements[0].inForce"))
                .isTrue();
        assertThat(jdbc.queryForList(
                        "SELECT action, actor, reason FROM merchant_change WHERE merchant_id = ? ORDER BY change_id",
                        merchant))
                .containsExactly(
                        Map.of(
                                "action",
                                "REGISTERED",
                                "actor",
                                "staff:olga",
                                "reason",
                                "signed the 2026 merchant contract"),
                        Map.of(
                                "action",
                                "AGREEMENT_ADDED",
                                "actor",
                                "staff:olga",
                                "reason",
                                "interest-free 3 and 12 months"));
    }

    @Test
    void shouldRefuseAChangeWithoutAReasonOrByAViewerAndATwinEnrolment() {
        var withoutReason = TestHttp.as(port, OPS)
                .post()
                .uri("/api/v1/admin/merchants")
                .contentType(MediaType.APPLICATION_JSON)
                .body(enrolment("m-" + UUID.randomUUID().toString().substring(0, 8), "0.006"))
                .retrieve()
                .toEntity(String.class);
        var byAViewer = change(
                TestCallers.staff("vera", "VIEWER"),
                "/api/v1/admin/merchants",
                enrolment("m-" + UUID.randomUUID().toString().substring(0, 8), "0.006"),
                "a viewer tries");

        assertThat(withoutReason.getStatusCode().value()).isEqualTo(400);
        assertThat(byAViewer.getStatusCode().value()).isEqualTo(403);
        assertThat(enrol(merchant, "0.006").getStatusCode().value()).isEqualTo(409);
        assertThat(at(enrol("m-" + UUID.randomUUID().toString().substring(0, 8), "0.06"), "$.type"))
                .endsWith("/discount-rate-out-of-bounds");
        assertThat(at(agree(merchant, "[18]", null), "$.type")).endsWith("/subsidy-terms-refused");
    }

    @Test
    void shouldCaptureASubsidisedPlanOfTheMerchantWithItsDiscountAndSubsidyInPlanCreated() {
        String order = "o-" + UUID.randomUUID();
        var authorised = authoriseFor(order, merchant, "3000.00");
        assertThat(authorised.getStatusCode().value()).isEqualTo(201);
        assertThat(at(authorised, "$.merchantId")).isEqualTo(merchant);
        assertThat(authorise(TestCallers.EVERYTHING, order, customer, "3000.00")
                        .getStatusCode()
                        .value())
                .as("the same order id for the platform's own store is another order")
                .isEqualTo(409);

        var captured = captureSubsidised(order, order + "-c1", "3000.00", 12, true);

        assertThat(captured.getStatusCode().value()).isEqualTo(201);
        assertThat(at(captured, "$.plans[0].totalFee.amount")).isEqualTo("0.00");
        assertThat(JsonPath.<Boolean>read(captured.getBody(), "$.plans[0].merchantSubsidised"))
                .isTrue();
        // Grade B: 0.6% a month x 12 x 3,000 = 216.00 paid by the merchant; the MDR keeps 0.6% = 18.00.
        assertThat(at(captured, "$.plans[0].merchantFee.amount")).isEqualTo("216.00");
        assertThat(at(captured, "$.plans[0].merchantDiscount.amount")).isEqualTo("18.00");
        assertThat(planCreated(order))
                .containsEntry("merchant", merchant)
                .containsEntry("discount", "18.00")
                .containsEntry("subsidy", "216.00")
                .containsEntry("subsidised", "true");
    }

    @Test
    void shouldDiscountANonSubsidisedPlanOfTheMerchantAtTheRateOfItsTermsAtCapture() {
        String order = "o-" + UUID.randomUUID();
        authoriseFor(order, merchant, "1234.25");
        var newTerms = put(
                "/api/v1/admin/merchants/" + merchant + "/terms",
                "{\"name\":\"Merchant " + merchant + "\",\"discountRate\":0.0055,\"settlementAccount\":\"ICBC 2\"}");
        assertThat(newTerms.getStatusCode().value()).isEqualTo(200);

        var captured = captureSubsidised(order, order + "-c1", "1234.25", 6, false);

        assertThat(captured.getStatusCode().value()).isEqualTo(201);
        // 1,234.25 x 0.0055 = 6.788375: 6.79, at the rate of capture (not 0.006 of the authorisation).
        assertThat(at(captured, "$.plans[0].merchantDiscount.amount")).isEqualTo("6.79");
        assertThat(planCreated(order))
                .containsEntry("merchant", merchant)
                .containsEntry("discount", "6.79")
                .containsEntry("subsidy", "0.00")
                .containsEntry("subsidised", "false");
    }

    @Test
    void shouldRefuseASubsidyWithoutAMerchantAndAnOwnStorePlanHasNoDiscount() {
        String order = "o-" + UUID.randomUUID();
        authorise(TestCallers.EVERYTHING, order, customer, "3000.00");

        var refused = captureSubsidised(order, order + "-c1", "1000.00", 12, true);
        var quote = post(
                "/api/v1/quotes",
                "{\"customerId\":\"" + customer + "\",\"amount\":{\"amount\":\"1000.00\",\"currency\":\"CNY\"},"
                        + "\"merchantSubsidised\":true}");
        var ownStore = captureSubsidised(order, order + "-c2", "1000.00", 12, false);

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(at(refused, "$.type")).endsWith("/subsidy-not-agreed");
        assertThat(at(refused, "$.detail")).contains("names no merchant");
        assertThat(quote.getStatusCode().value()).isEqualTo(422);
        assertThat(at(quote, "$.type")).endsWith("/subsidy-not-agreed");
        assertThat(at(ownStore, "$.plans[0].merchantDiscount.amount")).isEqualTo("0.00");
        assertThat(planCreated(order)).containsEntry("merchant", null).containsEntry("discount", "0.00");
    }

    @Test
    void shouldRefuseASubsidyForACountTheAgreementDoesNotCover() {
        String order = "o-" + UUID.randomUUID();
        authoriseFor(order, merchant, "3000.00");

        var refused = captureSubsidised(order, order + "-c1", "3000.00", 6, true);

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(at(refused, "$.type")).endsWith("/subsidy-not-agreed");
        assertThat(at(refused, "$.detail")).contains("covering 6 installments");
        assertThat(events(order)).isZero();
    }

    @Test
    void shouldQuoteAtZeroOnlyTheCountsTheMerchantsAgreementCovers() {
        var quote = post(
                "/api/v1/quotes",
                "{\"customerId\":\"" + customer + "\",\"amount\":{\"amount\":\"3000.00\",\"currency\":\"CNY\"},"
                        + "\"merchantId\":\"" + merchant + "\",\"merchantSubsidised\":true}");

        assertThat(quote.getStatusCode().value()).isEqualTo(200);
        assertThat(JsonPath.<List<Integer>>read(
                        quote.getBody(), "$.offers[?(@.merchantSubsidised == true)].installmentCount"))
                .containsExactly(3, 12);
        assertThat(JsonPath.<List<Integer>>read(
                        quote.getBody(), "$.offers[?(@.merchantSubsidised == false)].installmentCount"))
                .containsExactly(1, 6, 24);
    }

    @Test
    void shouldHonourNothingOfASuspendedMerchantAndTakeNoNewOrderForIt() {
        String earlier = "o-" + UUID.randomUUID();
        authoriseFor(earlier, merchant, "3000.00");
        var suspended = put("/api/v1/admin/merchants/" + merchant + "/status", "{\"status\":\"SUSPENDED\"}");
        assertThat(suspended.getStatusCode().value()).isEqualTo(200);

        var newOrder = authoriseFor("o-" + UUID.randomUUID(), merchant, "100.00");
        var subsidised = captureSubsidised(earlier, earlier + "-c1", "1000.00", 12, true);
        var paidByTheCustomer = captureSubsidised(earlier, earlier + "-c2", "1000.00", 12, false);

        assertThat(newOrder.getStatusCode().value()).isEqualTo(422);
        assertThat(at(newOrder, "$.type")).endsWith("/merchant-suspended");
        assertThat(subsidised.getStatusCode().value()).isEqualTo(422);
        assertThat(at(subsidised, "$.type")).endsWith("/subsidy-not-agreed");
        assertThat(at(subsidised, "$.detail")).contains("suspended");
        assertThat(paidByTheCustomer.getStatusCode().value())
                .as("an order authorised before the suspension is still captured, with its discount")
                .isEqualTo(201);
        assertThat(at(paidByTheCustomer, "$.plans[0].merchantDiscount.amount")).isEqualTo("6.00");
    }

    @Test
    void shouldRefuseASubsidyUnderAnAgreementEndedEarly() {
        String agreement =
                JsonPath.read(get(OPS, "/api/v1/admin/merchants/" + merchant).getBody(), "$.agreements[0].agreementId");
        var ended = change(
                OPS,
                "/api/v1/admin/merchants/" + merchant + "/agreements/" + agreement + "/end",
                "",
                "the merchant stopped the promotion");
        assertThat(ended.getStatusCode().value()).isEqualTo(200);
        assertThat(at(ended, "$.agreements[0].status")).isEqualTo("ENDED");
        String order = "o-" + UUID.randomUUID();
        authoriseFor(order, merchant, "3000.00");

        var refused = captureSubsidised(order, order + "-c1", "3000.00", 12, true);

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(at(refused, "$.type")).endsWith("/subsidy-not-agreed");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM merchant_change WHERE merchant_id = ? AND action = 'AGREEMENT_ENDED'",
                        Integer.class,
                        merchant))
                .isEqualTo(1);
    }

    @Test
    void shouldRefuseAnOrderForAMerchantNeverEnrolled() {
        var refused = authoriseFor("o-" + UUID.randomUUID(), "no-such-merchant", "100.00");

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(at(refused, "$.type")).endsWith("/merchant-not-enrolled");
        assertThat(get(OPS, "/api/v1/admin/merchants/no-such-merchant")
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
    }

    private ResponseEntity<String> enrol(String merchantId, String rate) {
        return change(OPS, "/api/v1/admin/merchants", enrolment(merchantId, rate), "signed the 2026 merchant contract");
    }

    private static String enrolment(String merchantId, String rate) {
        return "{\"merchantId\":\"" + merchantId + "\",\"name\":\"Merchant " + merchantId + "\",\"discountRate\":"
                + rate + ",\"settlementAccount\":\"ICBC 6222 0200 1234 5678\"}";
    }

    private ResponseEntity<String> agree(String merchantId, String counts, String maximumPrincipal) {
        return change(
                OPS,
                "/api/v1/admin/merchants/" + merchantId + "/agreements",
                "{\"installmentCounts\":" + counts + ",\"validFrom\":\"2020-01-01\""
                        + (maximumPrincipal == null
                                ? ""
                                : ",\"maximumPrincipal\":{\"amount\":\"" + maximumPrincipal
                                        + "\",\"currency\":\"CNY\"}")
                        + "}",
                "interest-free 3 and 12 months");
    }

    /** An admin change, with its Audit-Reason. */
    private ResponseEntity<String> change(Caller caller, String path, String json, String reason) {
        return send(TestHttp.as(port, caller).post(), path, json, reason);
    }

    private ResponseEntity<String> put(String path, String json) {
        return send(TestHttp.as(port, OPS).put(), path, json, "ops ticket 42");
    }

    private static ResponseEntity<String> send(
            RestClient.RequestBodyUriSpec request, String path, String json, String reason) {
        return request.uri(path)
                .header("Audit-Reason", reason)
                .contentType(MediaType.APPLICATION_JSON)
                .body(json)
                .retrieve()
                .toEntity(String.class);
    }

    private ResponseEntity<String> authoriseFor(String orderId, String merchantId, String amount) {
        return post(
                "/api/v1/orders/" + orderId + "/authorisation",
                "{\"customerId\":\"" + customer + "\",\"amount\":{\"amount\":\"" + amount + "\",\"currency\":\"CNY\"},"
                        + "\"merchantId\":\"" + merchantId + "\",\"device\":{\"deviceId\":\"phone-" + customer
                        + "\",\"latitude\":31.23,\"longitude\":121.47}}");
    }

    private ResponseEntity<String> captureSubsidised(
            String orderId, String captureId, String amount, int installments, boolean subsidised) {
        return post(
                "/api/v1/orders/" + orderId + "/captures",
                "{\"captureId\":\"" + captureId + "\",\"amount\":{\"amount\":\"" + amount
                        + "\",\"currency\":\"CNY\"},\"method\":\"FLAT_MONTHLY_FEE\",\"installmentCount\":"
                        + installments + ",\"merchantSubsidised\":" + subsidised + "}");
    }

    /** The last PlanCreated of the order in the outbox, as repayment-service will read it. */
    private Map<String, Object> planCreated(String orderId) {
        return jdbc.queryForMap(
                "SELECT envelope->'payload'->>'merchantId' AS merchant,"
                        + " envelope->'payload'->'merchantDiscount'->>'amount' AS discount,"
                        + " envelope->'payload'->'merchantSubsidy'->>'amount' AS subsidy,"
                        + " envelope->'payload'->>'merchantSubsidised' AS subsidised FROM outbox_event"
                        + " WHERE event_type = 'PlanCreated' AND envelope->'payload'->>'orderId' = ?"
                        + " ORDER BY position DESC LIMIT 1",
                orderId);
    }

    private int events(String orderId) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM outbox_event WHERE event_type = 'PlanCreated'"
                        + " AND envelope->'payload'->>'orderId' = ?",
                Integer.class,
                orderId);
    }

    private static String at(ResponseEntity<String> answer, String path) {
        return JsonPath.read(answer.getBody(), path);
    }
}
