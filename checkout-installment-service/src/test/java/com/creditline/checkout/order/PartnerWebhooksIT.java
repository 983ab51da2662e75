package com.creditline.checkout.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditline.common.money.Money;
import com.creditline.common.outbox.Outbox;
import com.creditline.common.security.Caller;
import com.creditline.common.test.TestCallers;
import com.creditline.common.test.TestHttp;
import com.creditline.events.repayment.PrincipalReduced;
import com.creditline.events.repayment.RepaymentTopics;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks to partners, end to end on real infrastructure: ops set the endpoint and get the
 * secret once, the partner's orders and plans produce deliveries in the same transaction, the
 * sender posts them signed to a real HTTP receiver, which checks the signature the way a partner
 * would (its own HMAC, not the service's code), and failing receivers are retried.
 */
class PartnerWebhooksIT extends CheckoutOnRealInfrastructure {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Outbox outbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MeterRegistry meters;

    final String partner = "P-W" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    final Caller asPartner = Caller.partner(partner, "k1", List.of("checkout:write", "orders:read"));
    WebhookReceiver receiver;
    String customer;

    @BeforeEach
    void aLinkedCustomerAndAReceiver() throws Exception {
        receiver = new WebhookReceiver();
        customer = newCustomer();
        assertThat(post(
                                SHOP,
                                "/api/v1/customers/" + customer + "/partner-links",
                                "{\"partnerId\":\"" + partner + "\",\"purpose\":\"pay later\"}")
                        .getStatusCode()
                        .value())
                .isEqualTo(201);
    }

    @AfterEach
    void stopTheReceiver() {
        receiver.close();
    }

    @Test
    void shouldDeliverSignedEventsThatThePartnerVerifiesWithItsOwnHmac() throws Exception {
        String secret = configureWebhook(receiver.url());
        String order = "o-" + UUID.randomUUID();

        authorise(asPartner, order, customer, "1200.00");
        capture(asPartner, order, order + "-c1", "1200.00", 3);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> receiver.ofType("order.authorised").size() == 1
                        && receiver.ofType("order.captured").size() == 1
                        && receiver.ofType("plan.created").size() == 1);
        for (WebhookReceiver.Received delivery : receiver.received) {
            String timestamp = delivery.header("Creditline-Timestamp");
            String signature = delivery.header("Creditline-Signature");
            assertThat(signature).startsWith("t=" + timestamp + ",v1=");
            assertThat(signedWith(secret, timestamp, delivery.body(), signature))
                    .as("the signature verifies with the secret")
                    .isTrue();
            assertThat(signedWith("whsec_not-the-secret", timestamp, delivery.body(), signature))
                    .isFalse();
            assertThat(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)))
                    .as("fresh timestamp")
                    .isLessThanOrEqualTo(300);
            JsonNode payload = JSON.readTree(delivery.body());
            assertThat(delivery.header("Creditline-Webhook-Id"))
                    .isEqualTo(payload.get("id").asString());
            assertThat(delivery.header("Authorization")).as("no platform token").isNull();
            assertThat(delivery.body())
                    .doesNotContain(customer, "customerId", "reasons", "grade", "limit", "available", "phone");
        }
        JsonNode authorised = body(receiver.ofType("order.authorised").getFirst());
        assertThat(authorised.get("createdAt").asString()).isNotBlank();
        assertThat(authorised.get("data").get("orderId").asString()).isEqualTo(order);
        assertThat(authorised.get("data").get("status").asString()).isEqualTo("AUTHORISED");
        assertThat(authorised.get("data").get("amount").get("amount").asString())
                .isEqualTo("1200.00");
        JsonNode plan = body(receiver.ofType("plan.created").getFirst()).get("data");
        assertThat(plan.get("orderId").asString()).isEqualTo(order);
        assertThat(plan.get("installmentCount").asInt()).isEqualTo(3);
        assertThat(plan.get("schedule")).hasSize(3);
        assertThat(plan.get("nominalApr").asString()).endsWith("%");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM webhook_delivery WHERE partner_id = ? AND status = 'DELIVERED'",
                                Integer.class,
                                partner)
                        == 3);
    }

    @Test
    void shouldDeliverOnTheThirdAttemptToAReceiverThatFailsTwice() {
        configureWebhook(receiver.url());
        receiver.answers.addAll(List.of(500, 500));
        String order = "o-" + UUID.randomUUID();

        authorise(asPartner, order, customer, "300.00");

        await().atMost(Duration.ofSeconds(20))
                .until(() -> deliveries("DELIVERED").size() == 1);
        JsonNode delivered = deliveries("DELIVERED").get(0);
        assertThat(delivered.get("attempts").asInt()).isEqualTo(3);
        assertThat(delivered.get("lastOutcome").asString()).isEqualTo("HTTP 200");
        List<WebhookReceiver.Received> attempts = receiver.ofType("order.authorised");
        assertThat(attempts).hasSize(3);
        assertThat(attempts)
                .extracting(r -> r.header("Creditline-Webhook-Id"))
                .containsOnly(delivered.get("id").asString());
        assertThat(attempts)
                .extracting(WebhookReceiver.Received::body)
                .containsOnly(attempts.getFirst().body());
    }

    @Test
    void shouldGiveUpAfterTheLastAttemptAndCountIt() {
        configureWebhook(receiver.url());
        receiver.answerAfterwards = 503;
        double failedBefore = failedCount();

        authorise(asPartner, "o-" + UUID.randomUUID(), customer, "200.00");

        await().atMost(Duration.ofSeconds(30)).until(() -> deliveries("FAILED").size() == 1);
        assertThat(deliveries("FAILED").get(0).get("attempts").asInt()).isEqualTo(12);
        assertThat(receiver.received).hasSize(12);
        assertThat(failedCount()).isEqualTo(failedBefore + 1);
        JsonNode webhook = json(get(TestCallers.staff("vera", "VIEWER"), "/api/v1/admin/partner-webhooks/" + partner));
        assertThat(webhook.get("failedDeliveries").asInt()).isEqualTo(1);
    }

    @Test
    void shouldListEveryEndpointWithItsLatestDeliveriesAndNoSecret() {
        String secret = configureWebhook(receiver.url());
        authorise(asPartner, "o-" + UUID.randomUUID(), customer, "200.00");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> deliveries("DELIVERED").size() == 1);

        ResponseEntity<String> answer =
                get(TestCallers.staff("vera", "VIEWER"), "/api/v1/admin/partner-webhooks?deliveries=2");

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getBody()).doesNotContain(secret, "\"secret\"");
        JsonNode ours = java.util.stream.StreamSupport.stream(json(answer).spliterator(), false)
                .filter(w -> w.get("webhook").get("partnerId").asString().equals(partner))
                .findFirst()
                .orElseThrow();
        assertThat(ours.get("webhook").get("url").asString()).isEqualTo(receiver.url());
        assertThat(ours.get("latestDeliveries")).hasSize(1);
        assertThat(ours.get("latestDeliveries").get(0).get("status").asString()).isEqualTo("DELIVERED");
        assertThat(ours.get("latestDeliveries").get(0).get("type").asString()).isEqualTo("order.authorised");
    }

    @Test
    void shouldShowTheSecretOnlyOnceAndSignWithBothSecretsAfterARotation() throws Exception {
        String first = configureWebhook(receiver.url());
        String second = configureWebhook(receiver.url());
        var byAdmin = get(TestCallers.EVERYTHING, "/api/v1/admin/partner-webhooks/" + partner);
        var byAViewer = get(TestCallers.staff("vera", "VIEWER"), "/api/v1/admin/partner-webhooks/" + partner);
        var setByAViewer = TestHttp.as(port, TestCallers.staff("vera", "VIEWER"))
                .put()
                .uri("/api/v1/admin/partner-webhooks/" + partner)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"url\":\"" + receiver.url() + "\"}")
                .retrieve()
                .toEntity(String.class);

        authorise(asPartner, "o-" + UUID.randomUUID(), customer, "200.00");

        assertThat(first).startsWith("whsec_").isNotEqualTo(second);
        assertThat(java.util.Base64.getUrlDecoder().decode(second.substring("whsec_".length())))
                .hasSize(32);
        for (ResponseEntity<String> view : List.of(byAdmin, byAViewer)) {
            assertThat(view.getStatusCode().value()).isEqualTo(200);
            assertThat(view.getBody()).doesNotContain(first, second, "\"secret\"");
            assertThat(json(view).get("url").asString()).isEqualTo(receiver.url());
        }
        assertThat(setByAViewer.getStatusCode().value()).isEqualTo(403);
        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received.size() == 1);
        WebhookReceiver.Received delivery = receiver.received.getFirst();
        String timestamp = delivery.header("Creditline-Timestamp");
        String[] parts = delivery.header("Creditline-Signature").split(",");
        assertThat(parts).hasSize(3);
        assertThat(parts[1]).isEqualTo("v1=" + hmacHex(second, timestamp + "." + delivery.body()));
        assertThat(parts[2]).isEqualTo("v1=" + hmacHex(first, timestamp + "." + delivery.body()));
    }

    @Test
    void shouldTellThePartnerWhenARepaymentPaysOffThePlanOfItsOrder() {
        configureWebhook(receiver.url());
        String order = "o-" + UUID.randomUUID();
        authorise(asPartner, order, customer, "600.00");
        capture(asPartner, order, order + "-c1", "600.00", 3);
        UUID planId = jdbc.queryForObject("SELECT plan_id FROM plan WHERE order_id = ?", UUID.class, order);

        repaid(planId, "200.00");
        repaid(planId, "400.00");

        await().atMost(Duration.ofSeconds(30))
                .until(() -> receiver.ofType("plan.paid_off").size() == 1);
        JsonNode paidOff = body(receiver.ofType("plan.paid_off").getFirst()).get("data");
        assertThat(paidOff.get("planId").asString()).isEqualTo(planId.toString());
        assertThat(paidOff.get("orderId").asString()).isEqualTo(order);
        assertThat(paidOff.get("principal").get("amount").asString()).isEqualTo("600.00");
    }

    @Test
    void shouldRefuseAWebhookUrlThatIsNotAPlainEndpoint() {
        for (String url : List.of("ftp://example.com/hook", "https://user:pw@example.com/hook", "not a url")) {
            var answer = TestHttp.to(port)
                    .put()
                    .uri("/api/v1/admin/partner-webhooks/" + partner)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body("{\"url\":\"" + url + "\"}")
                    .retrieve()
                    .toEntity(String.class);
            assertThat(answer.getStatusCode().value()).as(url).isEqualTo(422);
        }
    }

    /** Sets the endpoint as an ADMIN; returns the secret the answer shows. */
    private String configureWebhook(String url) {
        ResponseEntity<String> answer = TestHttp.to(port)
                .put()
                .uri("/api/v1/admin/partner-webhooks/" + partner)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"url\":\"" + url + "\"}")
                .retrieve()
                .toEntity(String.class);
        assertThat(answer.getStatusCode().value()).isIn(200, 201);
        assertThat(answer.getHeaders().getCacheControl()).contains("no-store");
        return json(answer).get("secret").asString();
    }

    /** repayment-service's event, through the real outbox, Kafka and checkout's inbox. */
    private void repaid(UUID planId, String amount) {
        transactions.executeWithoutResult(tx -> outbox.append(
                RepaymentTopics.LEDGER,
                new PrincipalReduced(customer, planId, Money.of(amount), "REPAYMENT", "SHOPPING")));
    }

    private List<JsonNode> deliveries(String status) {
        JsonNode list = json(get(
                TestCallers.staff("vera", "VIEWER"),
                "/api/v1/admin/partner-webhooks/" + partner + "/deliveries?status=" + status));
        return java.util.stream.StreamSupport.stream(list.spliterator(), false).toList();
    }

    private double failedCount() {
        var counter = meters.find("webhook.deliveries")
                .tags("outcome", "failed", "partner", partner)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    /** What a partner does: its own HMAC over "t.body", compared in constant time with any v1. */
    private static boolean signedWith(String secret, String timestamp, String body, String header) throws Exception {
        byte[] expected = hmacHex(secret, timestamp + "." + body).getBytes(StandardCharsets.US_ASCII);
        return Arrays.stream(header.split(","))
                .filter(part -> part.startsWith("v1="))
                .anyMatch(part ->
                        MessageDigest.isEqual(expected, part.substring(3).getBytes(StandardCharsets.US_ASCII)));
    }

    private static String hmacHex(String secret, String signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode body(WebhookReceiver.Received delivery) {
        return JSON.readTree(delivery.body());
    }

    private static JsonNode json(ResponseEntity<String> answer) {
        return JSON.readTree(answer.getBody());
    }
}
