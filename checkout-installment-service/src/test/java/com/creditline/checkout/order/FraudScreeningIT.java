package com.creditline.checkout.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditline.checkout.fraud.ShippingAddress;
import com.creditline.common.id.CustomerId;
import com.creditline.common.security.Caller;
import com.creditline.common.test.TestCallers;
import com.creditline.common.test.TestHttp;
import com.creditline.events.checkout.CheckoutTopics;
import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/**
 * The fraud engine over HTTP on real PostgreSQL and Kafka (docs/fraud.md): the blocked lists kept
 * by officers decline orders and tell the line to freeze, a shared device sends orders to the
 * review queue, and an officer decides them.
 */
class FraudScreeningIT extends CheckoutOnRealInfrastructure {

    static final Caller OLGA = TestCallers.staff("olga", "CREDIT_OFFICER");
    static final Caller VERA = TestCallers.staff("vera", "VIEWER");

    @Test
    void shouldDeclineAnOrderFromABlockedDeviceAndPublishTheDeclineForFraud() {
        String device = "stolen-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(post(OLGA, "/api/v1/admin/fraud/blocked-devices", block("deviceId", device))
                        .getStatusCode()
                        .value())
                .isEqualTo(201);
        String customer = newCustomer();
        String order = "o-" + UUID.randomUUID();

        var answer = authorise(order, customer, "200.00", device, null);

        assertThat(answer.getStatusCode().value()).isEqualTo(201);
        assertThat(at(answer, "$.decision")).isEqualTo("DECLINE");
        assertThat(JsonPath.<List<String>>read(answer.getBody(), "$.reasons")).containsExactly("BLOCKED_DEVICE");
        assertThat(LINE.holds).doesNotContainKey(order);
        Map<String, Object> event = jdbc.queryForMap(
                "SELECT topic, message_key, envelope->'payload'->>'customerId' AS customer,"
                        + " envelope->'payload'->'amount'->>'amount' AS amount,"
                        + " envelope->'payload'->>'reasons' AS reasons FROM outbox_event"
                        + " WHERE event_type = 'OrderDeclinedForFraud' AND envelope->'payload'->>'orderId' = ?",
                order);
        assertThat(event)
                .containsEntry("topic", CheckoutTopics.ORDERS)
                .containsEntry("message_key", customer)
                .containsEntry("customer", customer)
                .containsEntry("amount", "200.00")
                .containsEntry("reasons", "[\"BLOCKED_DEVICE\"]");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                        "SELECT sent_at IS NOT NULL FROM outbox_event WHERE event_type = 'OrderDeclinedForFraud'"
                                + " AND envelope->'payload'->>'orderId' = ?",
                        Boolean.class,
                        order));
    }

    @Test
    void shouldNotPublishADeclineForFraudWhenTheLineRefusesTheHold() {
        String customer = newCustomer();
        String order = "o-" + UUID.randomUUID();

        var answer = authorise(order, customer, "9000.00", "phone-" + customer, null);

        assertThat(at(answer, "$.decision")).isEqualTo("DECLINE");
        assertThat(JsonPath.<List<String>>read(answer.getBody(), "$.reasons")).doesNotContain("BLOCKED_DEVICE");
        assertThat(declinesForFraud(order)).isZero();
    }

    @Test
    void shouldDeclineAnOrderToABlockedAddressKnowingItOnlyByItsFingerprint() {
        String address = "Room " + UUID.randomUUID().toString().substring(0, 6) + ", 88 Nanjing Road, Shanghai";
        var blocked = post(
                OLGA,
                "/api/v1/admin/fraud/blocked-addresses",
                "{\"address\":\"" + address + "\",\"reason\":\"drop address of a fraud ring\"}");
        assertThat(blocked.getStatusCode().value()).isEqualTo(201);
        String fingerprint = new ShippingAddress(address).fingerprint().value();
        assertThat(at(blocked, "$.fingerprint")).isEqualTo(fingerprint);
        assertThat(blocked.getBody()).doesNotContain("Nanjing");
        String customer = newCustomer();
        String order = "o-" + UUID.randomUUID();

        var answer = authorise(order, customer, "200.00", "phone-" + customer, "  " + address.toUpperCase() + " ");

        assertThat(at(answer, "$.decision")).isEqualTo("DECLINE");
        assertThat(JsonPath.<List<String>>read(answer.getBody(), "$.reasons")).containsExactly("BLOCKED_ADDRESS");
        assertThat(answer.getBody()).doesNotContainIgnoringCase("Nanjing");
        assertThat(declinesForFraud(order)).isOne();
        assertThat(jdbc.queryForObject(
                        "SELECT address_fingerprint FROM financed_order WHERE order_id = ?", String.class, order))
                .isEqualTo(fingerprint);
        assertThat(get(VERA, "/api/v1/admin/fraud/blocked-addresses").getBody())
                .contains(fingerprint)
                .doesNotContainIgnoringCase("Nanjing");
    }

    @Test
    void shouldSendEveryOrderTouchingASharedDeviceToReviewUntilAnOfficerDecidesIt() {
        String kiosk = "kiosk-" + UUID.randomUUID().toString().substring(0, 8);
        String first = newCustomer();
        for (String customer : List.of(first, newCustomer(), newCustomer())) {
            var answer = authorise("o-" + UUID.randomUUID(), customer, "100.00", kiosk, null);
            assertThat(at(answer, "$.decision")).isEqualTo("APPROVE");
        }
        String fourth = newCustomer();
        String onTheKiosk = "o-" + UUID.randomUUID();
        String laterAtHome = "o-" + UUID.randomUUID();

        var shared = authorise(onTheKiosk, fourth, "1200.00", kiosk, null);
        var byAnEarlierCustomer = authorise(laterAtHome, first, "100.00", "phone-" + first, null);

        assertThat(at(shared, "$.status")).isEqualTo("IN_REVIEW");
        assertThat(JsonPath.<List<String>>read(shared.getBody(), "$.reasons")).containsExactly("SHARED_DEVICE");
        assertThat(at(byAnEarlierCustomer, "$.status")).isEqualTo("IN_REVIEW");
        var queue = get(VERA, "/api/v1/admin/orders/reviews?limit=200");
        assertThat(queue.getStatusCode().value()).isEqualTo(200);
        assertThat(JsonPath.<List<String>>read(queue.getBody(), "$.orders[*].orderId"))
                .contains(onTheKiosk, laterAtHome);
        assertThat(JsonPath.<List<String>>read(
                        queue.getBody(), "$.orders[?(@.orderId == '" + onTheKiosk + "')].customer"))
                .containsExactly(CustomerId.of(fourth).masked());
        assertThat(queue.getBody()).doesNotContain(fourth);

        var approved = post(
                OLGA,
                "/api/v1/admin/orders/" + onTheKiosk + "/review",
                "{\"approve\":true,\"reason\":\"customer confirmed the order by phone\"}");

        assertThat(approved.getStatusCode().value()).isEqualTo(200);
        assertThat(at(approved, "$.status")).isEqualTo("AUTHORISED");
        assertThat(jdbc.queryForMap(
                        "SELECT reviewed_by, review_approved, review_reason FROM financed_order WHERE order_id = ?",
                        onTheKiosk))
                .containsEntry("reviewed_by", "staff:olga")
                .containsEntry("review_approved", true)
                .containsEntry("review_reason", "customer confirmed the order by phone");
        assertThat(JsonPath.<List<String>>read(
                        get(VERA, "/api/v1/admin/orders/reviews?limit=200").getBody(), "$.orders[*].orderId"))
                .doesNotContain(onTheKiosk)
                .contains(laterAtHome);
        assertThat(capture(SHOP, onTheKiosk, "cap-" + UUID.randomUUID(), "1200.00", 3)
                        .getStatusCode()
                        .value())
                .isEqualTo(201);
        var refused = post(
                OLGA, "/api/v1/admin/orders/" + laterAtHome + "/review", "{\"approve\":false,\"reason\":\"ring\"}");
        assertThat(at(refused, "$.status")).isEqualTo("VOIDED");
        assertThat(LINE.holds).doesNotContainKey(laterAtHome);
        assertThat(jdbc.queryForMap(
                        "SELECT reviewed_by, review_approved FROM financed_order WHERE order_id = ?", laterAtHome))
                .containsEntry("reviewed_by", "staff:olga")
                .containsEntry("review_approved", false);
        assertThat(post(OLGA, "/api/v1/admin/orders/" + laterAtHome + "/review", "{\"approve\":true,\"reason\":\"x\"}")
                        .getStatusCode()
                        .value())
                .as("a decided order is not waiting for review")
                .isEqualTo(422);
    }

    @Test
    void shouldCountTheLastHoursAuthorisationsPerDeviceAndPerShippingAddressAcrossCustomers() {
        String customer = newCustomer();
        String tablet = "tablet-" + customer;
        for (int i = 0; i < 5; i++) {
            assertThat(at(authorise("o-" + UUID.randomUUID(), customer, "10.00", tablet, null), "$.decision"))
                    .isEqualTo("APPROVE");
        }
        assertThat(JsonPath.<List<String>>read(
                        authorise("o-" + UUID.randomUUID(), customer, "10.00", tablet, null)
                                .getBody(),
                        "$.reasons"))
                .containsExactly("VELOCITY", "DEVICE_VELOCITY");

        String locker = "Parcel locker " + UUID.randomUUID().toString().substring(0, 6) + ", Pudong, Shanghai";
        for (int i = 0; i < 10; i++) {
            String neighbour = newCustomer();
            assertThat(at(
                            authorise("o-" + UUID.randomUUID(), neighbour, "10.00", "phone-" + neighbour, locker),
                            "$.decision"))
                    .isEqualTo("APPROVE");
        }
        String eleventh = newCustomer();
        var review = authorise("o-" + UUID.randomUUID(), eleventh, "10.00", "phone-" + eleventh, locker.toLowerCase());
        assertThat(at(review, "$.decision")).isEqualTo("REVIEW");
        assertThat(JsonPath.<List<String>>read(review.getBody(), "$.reasons")).containsExactly("ADDRESS_VELOCITY");
    }

    @Test
    void shouldLetOnlyACreditOfficerChangeTheBlockedListsAndOnlyWithAReason() {
        String device = "dev-" + UUID.randomUUID().toString().substring(0, 8);
        String devices = "/api/v1/admin/fraud/blocked-devices";

        assertThat(post(VERA, devices, block("deviceId", device))
                        .getStatusCode()
                        .value())
                .isEqualTo(403);
        assertThat(post(OLGA, devices, "{\"deviceId\":\"" + device + "\"}")
                        .getStatusCode()
                        .value())
                .isEqualTo(400);
        assertThat(post(OLGA, devices, block("deviceId", device))
                        .getStatusCode()
                        .value())
                .isEqualTo(201);
        assertThat(post(OLGA, devices, block("deviceId", device))
                        .getStatusCode()
                        .value())
                .as("blocking again changes nothing")
                .isEqualTo(200);
        var list = get(VERA, devices + "?limit=1000");
        assertThat(JsonPath.<List<String>>read(list.getBody(), "$[?(@.deviceId == '" + device + "')].blockedBy"))
                .containsExactly("staff:olga");

        assertThat(remove(VERA, devices + "/" + device, "false positive")
                        .getStatusCode()
                        .value())
                .isEqualTo(403);
        assertThat(remove(OLGA, devices + "/" + device, null).getStatusCode().value())
                .isEqualTo(400);
        assertThat(remove(OLGA, devices + "/" + device, "false positive")
                        .getStatusCode()
                        .value())
                .isEqualTo(204);
        assertThat(remove(OLGA, devices + "/" + device, "false positive")
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
        assertThat(jdbc.queryForList(
                        "SELECT action || ' by ' || actor || ': ' || reason FROM blocked_list_change"
                                + " WHERE list = 'DEVICE' AND entry = ? ORDER BY change_id",
                        String.class,
                        device))
                .containsExactly("ADDED by staff:olga: confirmed fraud", "REMOVED by staff:olga: false positive");
        String customer = newCustomer();
        assertThat(at(authorise("o-" + UUID.randomUUID(), customer, "100.00", device, null), "$.decision"))
                .isEqualTo("APPROVE");
    }

    @Test
    void shouldDocumentTheFraudEndpointsWithTheirRefusals() {
        var api = TestHttp.anonymous(port).get().uri("/v3/api-docs").retrieve().toEntity(String.class);

        assertThat(JsonPath.<Map<String, Object>>read(api.getBody(), "$.paths"))
                .containsKeys(
                        "/api/v1/admin/fraud/blocked-devices",
                        "/api/v1/admin/fraud/blocked-devices/{deviceId}",
                        "/api/v1/admin/fraud/blocked-addresses",
                        "/api/v1/admin/fraud/blocked-addresses/{fingerprint}",
                        "/api/v1/admin/orders/reviews");
        assertThat(JsonPath.<Map<String, Object>>read(
                        api.getBody(),
                        "$.paths['/api/v1/admin/fraud/blocked-addresses/{fingerprint}'].delete.responses"))
                .containsKeys("204", "400", "401", "403", "404");
        assertThat(
                        JsonPath.<List<String>>read(
                                api.getBody(),
                                "$.paths['/api/v1/admin/fraud/blocked-devices/{deviceId}'].delete.parameters[?(@.in == 'header')].name"))
                .containsExactly("Audit-Reason");
        assertThat(JsonPath.<Map<String, Object>>read(api.getBody(), "$.components.schemas.Authorise.properties"))
                .containsKey("shippingAddress");
        assertThat(JsonPath.<List<Object>>read(api.getBody(), "$.components.schemas[*].properties.shippingAddress"))
                .as("only the request takes an address; no answer has one")
                .hasSize(1);
    }

    private ResponseEntity<String> authorise(
            String orderId, String customer, String amount, String device, String shippingAddress) {
        LINE.available.putIfAbsent(customer, new BigDecimal("5000.00"));
        return post(
                "/api/v1/orders/" + orderId + "/authorisation",
                "{\"customerId\":\"" + customer + "\",\"amount\":{\"amount\":\"" + amount + "\",\"currency\":\"CNY\"},"
                        + "\"device\":{\"deviceId\":\"" + device + "\",\"latitude\":31.23,\"longitude\":121.47}"
                        + (shippingAddress == null ? "" : ",\"shippingAddress\":\"" + shippingAddress + "\"")
                        + "}");
    }

    private ResponseEntity<String> remove(Caller caller, String path, String reason) {
        var request = TestHttp.as(port, caller).delete().uri(path);
        if (reason != null) {
            request.header("Audit-Reason", reason);
        }
        return request.retrieve().toEntity(String.class);
    }

    private int declinesForFraud(String orderId) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM outbox_event WHERE event_type = 'OrderDeclinedForFraud'"
                        + " AND envelope->'payload'->>'orderId' = ?",
                Integer.class,
                orderId);
    }

    private static String block(String field, String value) {
        return "{\"" + field + "\":\"" + value + "\",\"reason\":\"confirmed fraud\"}";
    }

    private static String at(ResponseEntity<String> answer, String path) {
        return JsonPath.read(answer.getBody(), path);
    }
}
