package com.creditline.checkout.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.security.Caller;
import com.creditline.common.test.TestCallers;
import com.creditline.common.test.TestHttp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Partners through the real security filters: they reach a customer only through the customer's
 * active link (granted and withdrawn by the shop), see and change only their own orders, and get
 * only the approval and the plans. Everything else looks to them as if it did not exist.
 */
class PartnerAccessIT extends CheckoutOnRealInfrastructure {

    static final JsonMapper JSON = JsonMapper.builder().build();

    final String partnerA = "P-A" + suffix();
    final String partnerB = "P-B" + suffix();
    final Caller asA = Caller.partner(partnerA, "k1", List.of("checkout:write", "orders:read"));
    final Caller asB = Caller.partner(partnerB, "k1", List.of("checkout:write", "orders:read"));

    @Test
    void shouldLetALinkedPartnerQuoteAuthoriseAndCaptureAndShowItOnlyTheApprovalAndThePlans() {
        String customer = newCustomer();
        link(customer, partnerA);
        String order = "o-" + UUID.randomUUID();

        var quote = quote(asA, customer, "1200.00");
        var authorised = authorise(asA, order, customer, "1200.00");
        var captured = capture(asA, order, order + "-c1", "1200.00", 3);
        var read = get(asA, "/api/v1/orders/" + order);

        assertThat(quote.getStatusCode().value()).isEqualTo(200);
        assertThat(fields(json(quote))).containsExactlyInAnyOrder("amount", "businessDate", "offers");
        assertThat(fields(json(quote).get("offers").get(0)))
                .contains("annualPercentageRate", "installmentCount", "totalFee", "totalCost", "schedule")
                .doesNotContain("details", "monthlyRate");
        assertThat(authorised.getStatusCode().value()).isEqualTo(201);
        assertThat(json(authorised).get("status").asString()).isEqualTo("AUTHORISED");
        assertThat(captured.getStatusCode().value()).isEqualTo(201);
        assertThat(read.getStatusCode().value()).isEqualTo(200);
        assertThat(fields(json(read)))
                .containsExactlyInAnyOrder(
                        "orderId",
                        "status",
                        "amount",
                        "captured",
                        "released",
                        "refunded",
                        "stillHeld",
                        "authorisedAt",
                        "plans");
        assertThat(json(read).get("plans").get(0).get("installmentCount").asInt())
                .isEqualTo(3);
        for (ResponseEntity<String> answer : List.of(quote, authorised, captured, read)) {
            assertThat(answer.getBody())
                    .doesNotContain(customer)
                    .doesNotContainIgnoringCase("grade")
                    .doesNotContainIgnoringCase("score")
                    .doesNotContainIgnoringCase("limit")
                    .doesNotContainIgnoringCase("available")
                    .doesNotContain("reasons", "decision", "customerId", "monthlyRate");
        }
        assertThat(jdbc.queryForObject("SELECT partner_id FROM financed_order WHERE order_id = ?", String.class, order))
                .isEqualTo(partnerA);
    }

    @Test
    void shouldKeepTheFullViewForTheShopAndStaffOfAPartnersOrder() {
        String customer = newCustomer();
        link(customer, partnerA);
        String order = "o-" + UUID.randomUUID();
        authorise(asA, order, customer, "300.00");

        var byTheShop = get(SHOP, "/api/v1/orders/" + order);
        var byStaff = get(TestCallers.staff("vera", "VIEWER"), "/api/v1/orders/" + order);

        assertThat(json(byTheShop).get("customerId").asString()).isEqualTo(customer);
        assertThat(fields(json(byStaff))).contains("customerId", "decision", "reasons");
    }

    @Test
    void shouldAnswerAPartnerWithoutALinkExactlyAsIfTheCustomerDidNotExist() {
        String customer = newCustomer();
        link(customer, partnerA);
        String unknown = "c-unknown-" + suffix();

        var quoteUnlinked = quote(asB, customer, "500.00");
        var quoteUnknown = quote(asB, unknown, "500.00");
        var authoriseUnlinked = authorise(asB, "o-" + UUID.randomUUID(), customer, "500.00");
        var authoriseUnknown = authorise(asB, "o-" + UUID.randomUUID(), unknown, "500.00");

        for (ResponseEntity<String> answer :
                List.of(quoteUnlinked, quoteUnknown, authoriseUnlinked, authoriseUnknown)) {
            assertThat(answer.getStatusCode().value()).isEqualTo(404);
            assertThat(json(answer).get("type").asString()).endsWith("/no-credit-line");
        }
        assertThat(withoutCorrelation(quoteUnlinked)).isEqualTo(withoutCorrelation(quoteUnknown));
        assertThat(withoutCorrelation(authoriseUnlinked)).isEqualTo(withoutCorrelation(authoriseUnknown));
        assertThat(withoutCorrelation(quoteUnlinked)).isEqualTo(withoutCorrelation(authoriseUnlinked));
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM financed_order WHERE partner_id = ?", Integer.class, partnerB))
                .isZero();
    }

    @Test
    void shouldRefuseNewAuthorisationsAndHideOrdersOnceTheCustomerWithdrawsTheLink() {
        String customer = newCustomer();
        link(customer, partnerA);
        String order = "o-" + UUID.randomUUID();
        authorise(asA, order, customer, "900.00");
        capture(asA, order, order + "-c1", "300.00", 3);

        var withdrawn = TestHttp.as(port, SHOP)
                .delete()
                .uri("/api/v1/customers/{c}/partner-links/{p}?reason=customer asked in the app", customer, partnerA)
                .retrieve()
                .toBodilessEntity();

        assertThat(withdrawn.getStatusCode().value()).isEqualTo(204);
        assertThat(get(asA, "/api/v1/orders/" + order).getStatusCode().value()).isEqualTo(404);
        assertThat(json(get(asA, "/api/v1/orders/" + order)).get("type").asString())
                .endsWith("/order-not-found");
        assertThat(capture(asA, order, order + "-c2", "100.00", 3)
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
        assertThat(post(asA, "/api/v1/orders/" + order + "/void", "")
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
        assertThat(refund(asA, order, "100.00").getStatusCode().value()).isEqualTo(404);
        assertThat(authorise(asA, "o-" + UUID.randomUUID(), customer, "100.00")
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
        assertThat(quote(asA, customer, "100.00").getStatusCode().value()).isEqualTo(404);

        JsonNode history = json(get(SHOP, "/api/v1/customers/" + customer + "/partner-links"));
        assertThat(history.get(0).get("active").asBoolean()).isFalse();
        assertThat(history.get(0).get("withdrawnBy").asString()).isEqualTo("client:shop");
        assertThat(history.get(0).get("withdrawalReason").asString()).isEqualTo("customer asked in the app");
        // The shop (the customer's own channel) still reaches the order, e.g. for a refund.
        assertThat(refund(SHOP, order, "100.00").getStatusCode().value()).isEqualTo(201);
    }

    @Test
    void shouldNotLetAPartnerReadOrChangeAnotherPartnersOrderNorAShopOrder() {
        String customer = newCustomer();
        link(customer, partnerA);
        link(customer, partnerB);
        String ordersOfA = "o-" + UUID.randomUUID();
        String shopOrder = "o-" + UUID.randomUUID();
        authorise(asA, ordersOfA, customer, "600.00");
        capture(asA, ordersOfA, ordersOfA + "-c1", "200.00", 3);
        authorise(SHOP, shopOrder, customer, "400.00");

        for (String order : List.of(ordersOfA, shopOrder)) {
            List<ResponseEntity<String>> answers = List.of(
                    get(asB, "/api/v1/orders/" + order),
                    capture(asB, order, order + "-by-b", "50.00", 3),
                    post(asB, "/api/v1/orders/" + order + "/void", ""),
                    refund(asB, order, "50.00"));
            for (ResponseEntity<String> answer : answers) {
                assertThat(answer.getStatusCode().value()).as(order).isEqualTo(404);
                assertThat(json(answer).get("type").asString()).endsWith("/order-not-found");
            }
        }
        assertThat(jdbc.queryForObject(
                        "SELECT captured FROM financed_order WHERE order_id = ?", String.class, ordersOfA))
                .isEqualTo("200.00");
        assertThat(jdbc.queryForObject("SELECT status FROM financed_order WHERE order_id = ?", String.class, shopOrder))
                .isEqualTo("AUTHORISED");
    }

    @Test
    void shouldAnswerAnOrderIdInUseBySomeoneElseWithAConflictThatDoesNotSayWhose() {
        String customer = newCustomer();
        link(customer, partnerA);
        link(customer, partnerB);
        String order = "o-" + UUID.randomUUID();
        authorise(asA, order, customer, "600.00");

        var byB = authorise(asB, order, customer, "600.00");
        var byTheShop = authorise(SHOP, order, customer, "600.00");

        for (ResponseEntity<String> answer : List.of(byB, byTheShop)) {
            assertThat(answer.getStatusCode().value()).isEqualTo(409);
            assertThat(json(answer).get("type").asString()).endsWith("/order-id-taken");
            assertThat(answer.getBody()).doesNotContain(partnerA, customer, "partner", "customer");
        }
        assertThat(authorise(asA, order, customer, "600.00").getStatusCode().value())
                .as("the same request by the same partner is a replay")
                .isEqualTo(200);
    }

    @Test
    void shouldRefuseAPartnerWithoutTheCheckoutScopeToAuthorise() {
        String customer = newCustomer();
        link(customer, partnerA);
        Caller readOnly = Caller.partner(partnerA, "k2", List.of("orders:read"));

        var authorise = authorise(readOnly, "o-" + UUID.randomUUID(), customer, "100.00");
        var quote = quote(readOnly, customer, "100.00");

        assertThat(authorise.getStatusCode().value()).isEqualTo(403);
        assertThat(json(authorise).get("type").asString()).endsWith("/forbidden");
        assertThat(quote.getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void shouldGrantALinkOnceWhileActiveAndKeepTheHistoryOfConsents() {
        String customer = newCustomer();

        var first = grant(SHOP, customer, partnerA, "pay later on partner A's marketplace");
        var again = grant(SHOP, customer, partnerA, "another purpose");
        TestHttp.as(port, SHOP)
                .delete()
                .uri("/api/v1/customers/{c}/partner-links/{p}", customer, partnerA)
                .retrieve()
                .toBodilessEntity();
        var afterWithdrawal = grant(SHOP, customer, partnerA, "pay later, second time");
        JsonNode history = json(get(SHOP, "/api/v1/customers/" + customer + "/partner-links"));

        assertThat(first.getStatusCode().value()).isEqualTo(201);
        assertThat(json(first).get("grantedBy").asString()).isEqualTo("client:shop");
        assertThat(again.getStatusCode().value()).isEqualTo(200);
        assertThat(json(again).get("purpose").asString()).isEqualTo("pay later on partner A's marketplace");
        assertThat(json(again).get("grantedAt")).isEqualTo(json(first).get("grantedAt"));
        assertThat(afterWithdrawal.getStatusCode().value()).isEqualTo(201);
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("active").asBoolean()).isTrue();
        assertThat(history.get(1).get("active").asBoolean()).isFalse();
        assertThat(history.get(1).get("withdrawnAt").isNull()).isFalse();
    }

    @Test
    void shouldNotLetAPartnerManageConsentsNorLinkACustomerWithoutALine() {
        String customer = newCustomer();
        Caller partnerWithCustomerScopes =
                Caller.partner(partnerA, "k3", List.of("customers:write", "customers:read", "checkout:write"));

        var byThePartner = grant(partnerWithCustomerScopes, customer, partnerA, "self-service");
        var historyByThePartner = get(partnerWithCustomerScopes, "/api/v1/customers/" + customer + "/partner-links");
        var noLine = grant(SHOP, "c-no-line-" + suffix(), partnerA, "pay later");
        var neverLinked = TestHttp.as(port, SHOP)
                .delete()
                .uri("/api/v1/customers/{c}/partner-links/{p}", customer, partnerB)
                .retrieve()
                .toEntity(String.class);

        assertThat(byThePartner.getStatusCode().value()).isEqualTo(403);
        assertThat(historyByThePartner.getStatusCode().value()).isEqualTo(403);
        assertThat(noLine.getStatusCode().value()).isEqualTo(404);
        assertThat(neverLinked.getStatusCode().value()).isEqualTo(404);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM partner_link WHERE customer_id = ?", Integer.class, customer))
                .isZero();
    }

    private void link(String customer, String partner) {
        assertThat(grant(SHOP, customer, partner, "pay later at " + partner)
                        .getStatusCode()
                        .value())
                .isEqualTo(201);
    }

    private ResponseEntity<String> grant(Caller caller, String customer, String partner, String purpose) {
        return post(
                caller,
                "/api/v1/customers/" + customer + "/partner-links",
                "{\"partnerId\":\"" + partner + "\",\"purpose\":\"" + purpose + "\"}");
    }

    private ResponseEntity<String> quote(Caller caller, String customer, String amount) {
        return post(
                caller,
                "/api/v1/quotes",
                "{\"customerId\":\"" + customer + "\",\"amount\":{\"amount\":\"" + amount
                        + "\",\"currency\":\"CNY\"}}");
    }

    private ResponseEntity<String> refund(Caller caller, String order, String amount) {
        return post(
                caller,
                "/api/v1/orders/" + order + "/refunds",
                "{\"refundId\":\"r-" + UUID.randomUUID() + "\",\"amount\":{\"amount\":\"" + amount
                        + "\",\"currency\":\"CNY\"}}");
    }

    private static JsonNode json(ResponseEntity<String> answer) {
        return JSON.readTree(answer.getBody());
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    private static JsonNode withoutCorrelation(ResponseEntity<String> answer) {
        var node = (tools.jackson.databind.node.ObjectNode) json(answer);
        node.remove("correlationId");
        node.remove("instance");
        return node;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
    }
}
