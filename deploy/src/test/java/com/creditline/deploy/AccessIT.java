package com.creditline.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditline.deploy.GatewayClient.Reply;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Who sees what, through the real gateway in front of the real services: partners only their own
 * orders and linked customers (404 otherwise), scopes and roles enforced by the services, no
 * request trusted that went around the gateway, admin changes audited, and webhooks that a
 * partner can verify with nothing but the secret and a standard HMAC.
 */
class AccessIT {

    static final Duration EVENTUALLY = PlatformSteps.EVENTUALLY;

    static Platform platform;
    static GatewayClient shop;
    static GatewayClient alice;

    @BeforeAll
    static void platform() throws Exception {
        platform = TestPlatform.get();
        shop = GatewayClient.asShop(platform.gatewayUrl());
        alice = GatewayClient.asStaff(platform.gatewayUrl(), "alice").because("AccessIT: partner onboarding");
    }

    record Partner(String id, String apiKey) {
        GatewayClient client() {
            return GatewayClient.withApiKey(platform.gatewayUrl(), apiKey);
        }
    }

    static Partner partner(String scopes, int requestsPerMinute) {
        Reply registered = alice.post("/api/v1/admin/partners", "{\"name\":\"Partner " + UUID.randomUUID() + "\"}");
        assertThat(registered.status()).isEqualTo(201);
        String id = registered.text("partnerId");
        return new Partner(id, key(id, scopes, requestsPerMinute));
    }

    static String key(String partnerId, String scopes, int requestsPerMinute) {
        Reply issued = alice.post(
                "/api/v1/admin/partners/" + partnerId + "/keys",
                "{\"scopes\":[" + scopes + "],\"requestsPerMinute\":" + requestsPerMinute + "}");
        assertThat(issued.status()).isEqualTo(201);
        return issued.text("apiKey");
    }

    static String customerWithALine() {
        String customer = "access-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(shop.post("/api/v1/applications", CustomerStory.application(customer))
                        .status())
                .isEqualTo(201);
        shop.await("/api/v1/credit-accounts/" + customer, r -> r.status() == 200, EVENTUALLY);
        shop.await("quote", () -> quote(shop, customer), r -> r.status() == 200, EVENTUALLY);
        return customer;
    }

    static void link(String customer, Partner partner) {
        Reply linked = shop.post(
                "/api/v1/customers/" + customer + "/partner-links",
                "{\"partnerId\":\"" + partner.id() + "\",\"purpose\":\"pay later at " + partner.id() + "\"}");
        assertThat(linked.status()).isEqualTo(201);
    }

    static Reply quote(GatewayClient client, String customer) {
        return client.post("/api/v1/quotes", """
                {"customerId":"%s","amount":{"amount":"600.00","currency":"CNY"}}""".formatted(customer));
    }

    static Reply authorise(GatewayClient client, String customer, String order) {
        return client.post("/api/v1/orders/" + order + "/authorisation", """
                {"customerId":"%s","amount":{"amount":"600.00","currency":"CNY"}}""".formatted(customer));
    }

    static Reply capture(GatewayClient client, String order) {
        return client.post("/api/v1/orders/" + order + "/captures", """
                {"captureId":"%s-c","amount":{"amount":"600.00","currency":"CNY"},"method":"FLAT_MONTHLY_FEE","installmentCount":3}""".formatted(order));
    }

    @Test
    void shouldKeepEachPartnerToItsOwnOrdersAndToCustomersWhoLinkedTheirLine() {
        String customer = customerWithALine();
        Partner a = partner("\"checkout:write\",\"orders:read\"", 600);
        Partner b = partner("\"checkout:write\",\"orders:read\"", 600);
        link(customer, a);

        String orderOfA = "a-" + UUID.randomUUID();
        Reply quoted = quote(a.client(), customer);
        assertThat(quoted.status()).isEqualTo(200);
        Reply authorised = authorise(a.client(), customer, orderOfA);
        assertThat(authorised.status()).isEqualTo(201);
        assertThat(capture(a.client(), orderOfA).status()).isEqualTo(201);
        Reply seenByA = a.client().get("/api/v1/orders/" + orderOfA);
        assertThat(seenByA.status()).isEqualTo(200);
        for (Reply partnerAnswer : List.of(quoted, authorised, seenByA)) {
            assertThat(partnerAnswer.body().toString())
                    .doesNotContain("grade", "Grade", "limit", "available", "score", customer);
        }
        assertThat(seenByA.body().path("plans").size()).isEqualTo(1);

        // B: not its order, not its customer; 404 as if neither existed.
        assertThat(b.client().get("/api/v1/orders/" + orderOfA).status()).isEqualTo(404);
        assertThat(quote(b.client(), customer).status()).isEqualTo(404);
        assertThat(authorise(b.client(), customer, "b-" + customer).status()).isEqualTo(404);
        assertThat(quote(b.client(), "nobody-" + customer).status()).isEqualTo(404);

        // An order the shop placed is not A's either.
        String shopOrder = "s-" + customer;
        assertThat(authorise(shop, customer, shopOrder).status()).isEqualTo(201);
        assertThat(a.client().get("/api/v1/orders/" + shopOrder).status()).isEqualTo(404);

        // A key of A's that may only read cannot authorise: 403.
        GatewayClient readOnly = GatewayClient.withApiKey(platform.gatewayUrl(), key(a.id(), "\"orders:read\"", 60));
        assertThat(authorise(readOnly, customer, "r-" + customer).status()).isEqualTo(403);
        assertThat(readOnly.get("/api/v1/orders/" + orderOfA).status()).isEqualTo(200);

        // Partners never reach the line, plans or admin paths.
        assertThat(a.client().get("/api/v1/credit-accounts/" + customer).status())
                .isEqualTo(403);
        assertThat(a.client().get("/api/v1/plans?customerId=" + customer).status())
                .isEqualTo(403);

        // The customer withdraws the link: A sees nothing of them any more.
        assertThat(shop.delete("/api/v1/customers/" + customer + "/partner-links/" + a.id())
                        .status())
                .isEqualTo(204);
        assertThat(a.client().get("/api/v1/orders/" + orderOfA).status()).isEqualTo(404);
        assertThat(authorise(a.client(), customer, "a2-" + customer).status()).isEqualTo(404);
    }

    @Test
    void shouldLetACreditOfficerButNotACollectorChangeALimitAndAuditBoth() {
        String customer = customerWithALine();
        String path = "/api/v1/admin/credit-accounts/" + customer + "/limit";
        String body = "{\"limit\":{\"amount\":\"9000.00\",\"currency\":\"CNY\"},\"reason\":\"AccessIT\"}";

        Reply byCollector = GatewayClient.asStaff(platform.gatewayUrl(), "colin")
                .because("trying to raise a limit")
                .put(path, body);
        assertThat(byCollector.status()).isEqualTo(403);
        Reply byOfficer = GatewayClient.asStaff(platform.gatewayUrl(), "olga")
                .because("good repayment history")
                .put(path, body);
        assertThat(byOfficer.status()).isEqualTo(200);

        Reply audit = alice.get("/api/v1/admin/audit?limit=1000");
        List<JsonNode> rows = new ArrayList<>();
        audit.body().forEach(rows::add);
        assertThat(rows)
                .anySatisfy(row -> assertAudited(row, "staff:colin", 403, path, "trying to raise a limit"))
                .anySatisfy(row -> assertAudited(row, "staff:olga", 200, path, "good repayment history"));
        Reply changes = GatewayClient.asStaff(platform.gatewayUrl(), "vera")
                .get("/api/v1/credit-accounts/" + customer + "/changes");
        assertThat(changes.body().toString()).contains("staff:olga").doesNotContain("staff:colin");
    }

    @Test
    void shouldRefuseARequestThatWentAroundTheGateway() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String direct = platform.serviceUrl("checkout") + "/api/v1/orders/any";
        HttpResponse<String> bare =
                http.send(HttpRequest.newBuilder(URI.create(direct)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(bare.statusCode()).isEqualTo(401);

        HttpRequest.Builder withShopToken = HttpRequest.newBuilder(URI.create(direct));
        shop.credentials().forEach(withShopToken::header);
        assertThat(http.send(withShopToken.build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void shouldRefuseMissingAndRevokedKeysAndLimitEachKeysRate() {
        assertThat(GatewayClient.anonymous(platform.gatewayUrl())
                        .get("/api/v1/orders/x")
                        .status())
                .isEqualTo(401);

        Partner limited = partner("\"orders:read\"", 2);
        assertThat(limited.client().get("/api/v1/orders/x").status()).isEqualTo(404);
        assertThat(limited.client().get("/api/v1/orders/x").status()).isEqualTo(404);
        assertThat(limited.client().get("/api/v1/orders/x").status()).isEqualTo(429);

        Partner revoked = partner("\"orders:read\"", 60);
        String keyId = revoked.apiKey().substring(4, 20);
        assertThat(alice.post("/api/v1/admin/partners/" + revoked.id() + "/keys/" + keyId + "/revocation", "{}")
                        .status())
                .isEqualTo(200);
        assertThat(revoked.client().get("/api/v1/orders/x").status()).isEqualTo(401);
    }

    @Test
    void shouldSignWebhooksSoThatThePartnerCanVerifyThemWithAPlainHmac() throws Exception {
        List<Map<String, String>> received = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            received.add(Map.of(
                    "body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                    "timestamp", exchange.getRequestHeaders().getFirst("Creditline-Timestamp"),
                    "signature", exchange.getRequestHeaders().getFirst("Creditline-Signature")));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String customer = customerWithALine();
            Partner partner = partner("\"checkout:write\",\"orders:read\"", 600);
            link(customer, partner);
            Reply endpoint = alice.put(
                    "/api/v1/admin/partner-webhooks/" + partner.id(),
                    "{\"url\":\"http://localhost:" + receiver.getAddress().getPort() + "/hooks\"}");
            assertThat(endpoint.status()).isEqualTo(201);
            String secret = endpoint.text("secret");

            String order = "w-" + UUID.randomUUID();
            assertThat(authorise(partner.client(), customer, order).status()).isEqualTo(201);
            assertThat(capture(partner.client(), order).status()).isEqualTo(201);

            // Deliveries are independent and may arrive in any order: wait for both.
            await().atMost(EVENTUALLY)
                    .until(() -> received.stream().anyMatch(r -> r.get("body").contains("plan.created"))
                            && received.stream().anyMatch(r -> r.get("body").contains("order.authorised")));
            for (Map<String, String> delivery : received) {
                String t = delivery.get("timestamp");
                assertThat(delivery.get("signature"))
                        .startsWith("t=" + t + ",")
                        .contains("v1=" + hmac(secret, t + "." + delivery.get("body")));
                assertThat(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(t)))
                        .isLessThan(300);
                assertThat(delivery.get("body")).contains(order).doesNotContain(customer);
            }
            assertThat(received).anySatisfy(r -> assertThat(r.get("body")).contains("order.authorised"));
        } finally {
            receiver.stop(0);
        }
    }

    /** What a partner computes: HMAC-SHA256 of "timestamp.body" with the secret, in hex. */
    private static String hmac(String secret, String signed) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertAudited(JsonNode row, String actor, int status, String path, String reason) {
        assertThat(row.path("actor").asString()).isEqualTo(actor);
        assertThat(row.path("status").asInt()).isEqualTo(status);
        assertThat(row.path("path").asString()).isEqualTo(path);
        assertThat(row.path("reason").asString()).isEqualTo(reason);
    }
}
