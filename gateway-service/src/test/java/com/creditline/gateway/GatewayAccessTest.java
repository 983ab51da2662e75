package com.creditline.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.security.Caller;
import com.creditline.common.security.PemKeys;
import com.creditline.common.test.RealInfrastructure;
import com.creditline.gateway.ratelimit.TokenBuckets;
import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * The gateway's door, with a stub standing in for checkout and repayment: who gets in with what
 * credential, what the service is told about the caller, rate limits, and the audit of admin
 * changes. (That a partner sees only its own orders, and a collector cannot change a limit, is
 * decided by the services and shown through the whole platform in deploy's AccessIT.)
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "creditline.rate-limits.anonymous=1000")
@RealInfrastructure(kafka = false)
class GatewayAccessTest {

    static final AtomicReference<Map<String, List<String>>> SEEN = new AtomicReference<>();
    static final HttpServer SERVICE = stubService();

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        String stub = "http://localhost:" + SERVICE.getAddress().getPort();
        registry.add("CHECKOUT_URL", () -> stub);
        registry.add("REPAYMENT_URL", () -> stub);
        registry.add("RISK_SCORING_URL", () -> stub);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TokenBuckets tokenBuckets;

    @AfterAll
    static void stopStub() {
        SERVICE.stop(0);
    }

    RestClient admin() {
        return LocalTokens.asStaff(port, "alice");
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> post(RestClient client, String path, String json) {
        return client.post()
                .uri(path)
                .header("Audit-Reason", "onboarding a partner (test)")
                .contentType(MediaType.APPLICATION_JSON)
                .body(json)
                .retrieve()
                .body(Map.class);
    }

    String newPartner() {
        return String.valueOf(post(admin(), "/api/v1/admin/partners", "{\"name\":\"Partner\"}")
                .get("partnerId"));
    }

    String newKey(String partnerId, String scopes, int perMinute) {
        return String.valueOf(post(
                        admin(),
                        "/api/v1/admin/partners/" + partnerId + "/keys",
                        "{\"scopes\":[" + scopes + "],\"requestsPerMinute\":" + perMinute + "}")
                .get("apiKey"));
    }

    ResponseEntity<String> registerPartner(RestClient client, String reason, String name) {
        return client.post()
                .uri("/api/v1/admin/partners")
                .header("Audit-Reason", reason)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"name\":\"" + name + "\"}")
                .retrieve()
                .toEntity(String.class);
    }

    int status(RestClient client, String path) {
        return client.get()
                .uri(path)
                .retrieve()
                .toBodilessEntity()
                .getStatusCode()
                .value();
    }

    @Test
    void shouldServeTheOperationsConsoleWithoutACredential() {
        ResponseEntity<String> page =
                LocalTokens.anonymous(port).get().uri("/console/").retrieve().toEntity(String.class);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getHeaders().getContentType()).isNotNull();
        assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML))
                .isTrue();
        assertThat(page.getBody()).contains("<script type=\"module\" src=\"app.js\">");
        for (String file : List.of("app.js", "api.js", "i18n.js", "console.css", "favicon.svg")) {
            assertThat(status(LocalTokens.anonymous(port), "/console/" + file))
                    .as(file)
                    .isEqualTo(200);
        }
        assertThat(status(LocalTokens.anonymous(port), "/console/nothing-here.js"))
                .isEqualTo(404);
    }

    @Test
    void shouldAnswer401WithoutACredentialOrWithAWrongOne() {
        ResponseEntity<String> none = LocalTokens.anonymous(port)
                .get()
                .uri("/api/v1/orders/o-1")
                .retrieve()
                .toEntity(String.class);
        assertThat(none.getStatusCode().value()).isEqualTo(401);
        assertThat(none.getHeaders().getContentType()).hasToString("application/problem+json");

        assertThat(status(LocalTokens.withApiKey(port, "clk_0123456789abcdef_not-a-real-secret"), "/api/v1/orders/o-1"))
                .isEqualTo(401);
        assertThat(status(LocalTokens.withApiKey(port, "garbage"), "/api/v1/orders/o-1"))
                .isEqualTo(401);
    }

    @Test
    void shouldTellTheServiceWhoThePartnerIsWithASignedCallerTokenAndNothingElse() {
        String partnerId = newPartner();
        String apiKey = newKey(partnerId, "\"orders:read\"", 100);

        assertThat(status(LocalTokens.withApiKey(port, apiKey), "/api/v1/orders/o-1"))
                .isEqualTo(200);

        Map<String, List<String>> headers = SEEN.get();
        assertThat(headers).doesNotContainKey("X-api-key");
        String token = headers.get("Authorization").getFirst().substring("Bearer ".length());
        Caller caller = Caller.from(NimbusJwtDecoder.withPublicKey(
                        PemKeys.publicKey(new ClassPathResource("creditline/local-keys/caller-token.pub.pem")))
                .build()
                .decode(token));
        assertThat(caller.kind()).isEqualTo(Caller.Kind.PARTNER);
        assertThat(caller.partner()).isEqualTo(partnerId);
        assertThat(caller.scopes()).containsExactly("orders:read");
    }

    @Test
    void shouldKeepPartnersToTheCheckoutPaths() {
        String apiKey = newKey(newPartner(), "\"checkout:write\",\"orders:read\"", 100);

        assertThat(status(LocalTokens.withApiKey(port, apiKey), "/api/v1/plans/p-1"))
                .isEqualTo(403);
        assertThat(status(LocalTokens.withApiKey(port, apiKey), "/api/v1/admin/partners/x"))
                .isEqualTo(403);
        assertThat(status(LocalTokens.asShop(port), "/api/v1/plans/p-1")).isEqualTo(200);
        // A customer's bank accounts and cash draws: the shop's, never a partner's.
        for (String cash : List.of(
                "/api/v1/customers/c-1/bank-accounts",
                "/api/v1/customers/c-1/cash-eligibility",
                "/api/v1/customers/c-1/cash-draws",
                "/api/v1/cash-draws/d-1")) {
            assertThat(status(LocalTokens.withApiKey(port, apiKey), cash))
                    .as(cash)
                    .isEqualTo(403);
            assertThat(status(LocalTokens.asShop(port), cash)).as(cash).isEqualTo(200);
        }
    }

    /**
     * A funder's key reaches the funders' books and tells repayment only the scope funding:read (which
     * funder it may read, repayment decides); checkout refuses it what takes checkout:write.
     */
    @Test
    void shouldLetAFunderKeyReachTheFundersBooksWithItsOneScope() {
        String partnerId = newPartner();
        String apiKey = newKey(partnerId, "\"funding:read\"", 100);
        RestClient funder = LocalTokens.withApiKey(port, apiKey);

        assertThat(status(funder, "/api/v1/funders/bank-of-ningbo/loans")).isEqualTo(200);
        Caller caller = Caller.from(NimbusJwtDecoder.withPublicKey(
                        PemKeys.publicKey(new ClassPathResource("creditline/local-keys/caller-token.pub.pem")))
                .build()
                .decode(SEEN.get().get("Authorization").getFirst().substring("Bearer ".length())));
        assertThat(caller.partner()).isEqualTo(partnerId);
        assertThat(caller.scopes()).containsExactly("funding:read");
        assertThat(status(funder, "/api/v1/plans/p-1")).isEqualTo(403);
        assertThat(status(funder, "/api/v1/admin/funders/bank-of-ningbo")).isEqualTo(403);
    }

    /**
     * A merchant's partner has the merchant's id; its key reaches the merchant paths (where
     * risk-scoring checks the path's merchant is the caller's) and nothing a platform's key reaches.
     */
    @Test
    @SuppressWarnings("unchecked")
    void shouldLetAMerchantKeyReachOnlyTheMerchantPaths() {
        String merchantId = "m-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> partner = post(
                admin(), "/api/v1/admin/partners", "{\"name\":\"Mi Store\",\"merchantId\":\"" + merchantId + "\"}");
        assertThat(partner).containsEntry("partnerId", merchantId).containsEntry("kind", "MERCHANT");
        assertThat(jdbc.sql("SELECT path, status FROM admin_audit ORDER BY audit_id DESC LIMIT 1")
                        .query()
                        .singleRow())
                .containsEntry("path", "/api/v1/admin/partners")
                .containsEntry("status", 201);
        RestClient merchant =
                LocalTokens.withApiKey(port, newKey(merchantId, "\"merchant:sales\",\"merchant:loans\"", 100));

        assertThat(status(merchant, "/api/v1/merchants/" + merchantId + "/sales"))
                .isEqualTo(200);
        Caller caller = Caller.from(NimbusJwtDecoder.withPublicKey(
                        PemKeys.publicKey(new ClassPathResource("creditline/local-keys/caller-token.pub.pem")))
                .build()
                .decode(SEEN.get().get("Authorization").getFirst().substring("Bearer ".length())));
        assertThat(caller.kind()).isEqualTo(Caller.Kind.PARTNER);
        assertThat(caller.partner()).isEqualTo(merchantId);
        assertThat(caller.scopes()).containsExactlyInAnyOrder("merchant:sales", "merchant:loans");

        for (String elsewhere : List.of(
                "/api/v1/orders/o-1",
                "/api/v1/quotes/q-1",
                "/api/v1/funders/bank-of-ningbo/loans",
                "/api/v1/plans/p-1",
                "/api/v1/admin/merchants/" + merchantId,
                "/api/v1/admin/partners/" + merchantId)) {
            assertThat(status(merchant, elsewhere)).as(elsewhere).isEqualTo(403);
        }
        // The shop and staff reach the merchant paths as before.
        assertThat(status(LocalTokens.asShop(port), "/api/v1/merchants/" + merchantId + "/sales"))
                .isEqualTo(200);

        ResponseEntity<String> again = admin().post()
                .uri("/api/v1/admin/partners")
                .header("Audit-Reason", "test")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"name\":\"Again\",\"merchantId\":\"" + merchantId + "\"}")
                .retrieve()
                .toEntity(String.class);
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(JsonPath.<String>read(again.getBody(), "$.type"))
                .isEqualTo("https://problems.creditline.dev/partner-id-taken");
        assertThat(issueRefused(merchantId, "\"orders:read\"")).isEqualTo(422);
    }

    @Test
    void shouldGiveAPlatformPartnerNoMerchantScopeNorItsKeysTheMerchantPaths() {
        String platform = newPartner();
        assertThat(issueRefused(platform, "\"merchant:sales\"")).isEqualTo(422);
        assertThat(issueRefused(platform, "\"orders:read\",\"merchant:loans\"")).isEqualTo(422);

        RestClient key = LocalTokens.withApiKey(port, newKey(platform, "\"checkout:write\",\"orders:read\"", 100));
        assertThat(status(key, "/api/v1/merchants/" + platform + "/sales")).isEqualTo(403);
        assertThat(status(key, "/api/v1/orders/o-1")).isEqualTo(200);
    }

    /** The status of a refused key issue, whose problem type says the scope is not of the partner's kind. */
    int issueRefused(String partnerId, String scopes) {
        ResponseEntity<String> refused = admin().post()
                .uri("/api/v1/admin/partners/" + partnerId + "/keys")
                .header("Audit-Reason", "test")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"scopes\":[" + scopes + "],\"requestsPerMinute\":10}")
                .retrieve()
                .toEntity(String.class);
        assertThat(JsonPath.<String>read(refused.getBody(), "$.type"))
                .isEqualTo("https://problems.creditline.dev/scope-not-for-partner-kind");
        return refused.getStatusCode().value();
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldListEveryPartnerWithItsKeysValidOrNotAndNoSecret() {
        String partnerId = newPartner();
        Map<String, Object> issued = post(
                admin(),
                "/api/v1/admin/partners/" + partnerId + "/keys",
                "{\"scopes\":[\"orders:read\"],\"requestsPerMinute\":100}");
        String apiKey = String.valueOf(issued.get("apiKey"));
        String keyId = String.valueOf(((Map<?, ?>) issued.get("key")).get("keyId"));
        post(admin(), "/api/v1/admin/partners/" + partnerId + "/keys/" + keyId + "/revocation", "{}");
        String other = newPartner();

        ResponseEntity<String> answer = LocalTokens.asStaff(port, "vera")
                .get()
                .uri("/api/v1/admin/partners")
                .retrieve()
                .toEntity(String.class);
        List<Map<String, Object>> listed = JsonPath.read(answer.getBody(), "$");

        assertThat(answer.getBody()).doesNotContain(apiKey, "apiKey", "secret");
        Map<String, Object> partner = listed.stream()
                .filter(p -> partnerId.equals(p.get("partnerId")))
                .findFirst()
                .orElseThrow();
        assertThat((List<Map<String, Object>>) partner.get("keys"))
                .singleElement()
                .satisfies(key -> assertThat(key)
                        .containsEntry("keyId", keyId)
                        .containsEntry("valid", false)
                        .containsEntry("scopes", List.of("orders:read")));
        assertThat(listed)
                .filteredOn(p -> other.equals(p.get("partnerId")))
                .singleElement()
                .satisfies(p -> assertThat((List<?>) p.get("keys")).isEmpty());
        assertThat(status(
                        LocalTokens.withApiKey(port, newKey(other, "\"orders:read\"", 100)), "/api/v1/admin/partners"))
                .isEqualTo(403);
    }

    @Test
    void shouldRefuseARevokedKeyAtOnce() {
        String partnerId = newPartner();
        @SuppressWarnings("unchecked")
        Map<String, Object> issued = post(
                admin(),
                "/api/v1/admin/partners/" + partnerId + "/keys",
                "{\"scopes\":[\"orders:read\"],\"requestsPerMinute\":100}");
        String apiKey = String.valueOf(issued.get("apiKey"));
        String keyId = String.valueOf(((Map<?, ?>) issued.get("key")).get("keyId"));
        assertThat(status(LocalTokens.withApiKey(port, apiKey), "/api/v1/orders/o-1"))
                .isEqualTo(200);

        post(admin(), "/api/v1/admin/partners/" + partnerId + "/keys/" + keyId + "/revocation", "{}");

        assertThat(status(LocalTokens.withApiKey(port, apiKey), "/api/v1/orders/o-1"))
                .isEqualTo(401);
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldAcceptTheOldAndTheNewKeyDuringTheRotationOverlapAndOnlyTheNewAfterIt() {
        String partnerId = newPartner();
        Map<String, Object> first = post(
                admin(),
                "/api/v1/admin/partners/" + partnerId + "/keys",
                "{\"scopes\":[\"orders:read\"],\"requestsPerMinute\":100}");
        String oldKey = String.valueOf(first.get("apiKey"));
        String oldKeyId = String.valueOf(((Map<?, ?>) first.get("key")).get("keyId"));

        Map<String, Object> second = post(
                admin(),
                "/api/v1/admin/partners/" + partnerId + "/keys/" + oldKeyId + "/rotation",
                "{\"overlap\":\"PT1H\"}");
        String newKey = String.valueOf(second.get("apiKey"));
        String newKeyId = String.valueOf(((Map<?, ?>) second.get("key")).get("keyId"));
        assertThat(status(LocalTokens.withApiKey(port, oldKey), "/api/v1/orders/o-1"))
                .isEqualTo(200);
        assertThat(status(LocalTokens.withApiKey(port, newKey), "/api/v1/orders/o-1"))
                .isEqualTo(200);

        // Rotating the new key with no overlap ends it at once; its successor works.
        Map<String, Object> third = post(
                admin(),
                "/api/v1/admin/partners/" + partnerId + "/keys/" + newKeyId + "/rotation",
                "{\"overlap\":\"PT0S\"}");
        assertThat(status(LocalTokens.withApiKey(port, newKey), "/api/v1/orders/o-1"))
                .isEqualTo(401);
        assertThat(status(LocalTokens.withApiKey(port, String.valueOf(third.get("apiKey"))), "/api/v1/orders/o-1"))
                .isEqualTo(200);
    }

    @Test
    void shouldAnswer429WithRetryAfterOnceAKeyIsOverItsLimitAndShareTheBucketAcrossReplicas() {
        String apiKey = newKey(newPartner(), "\"orders:read\"", 3);
        RestClient partner = LocalTokens.withApiKey(port, apiKey);
        assertThat(status(partner, "/api/v1/orders/o-1")).isEqualTo(200);
        assertThat(status(partner, "/api/v1/orders/o-1")).isEqualTo(200);

        // A second gateway replica takes from the same bucket in the shared database.
        String keyId = apiKey.substring(4, 20);
        assertThat(tokenBuckets.take("key:" + keyId, 3).allowed()).isTrue();

        ResponseEntity<String> limited =
                partner.get().uri("/api/v1/orders/o-1").retrieve().toEntity(String.class);
        assertThat(limited.getStatusCode().value()).isEqualTo(429);
        assertThat(Long.parseLong(limited.getHeaders().getFirst("Retry-After"))).isBetween(1L, 20L);
        assertThat(JsonPath.<String>read(limited.getBody(), "$.type"))
                .isEqualTo("https://problems.creditline.dev/rate-limited");
        assertThat(JsonPath.<Integer>read(limited.getBody(), "$.status")).isEqualTo(429);
    }

    @Test
    void shouldServeABusyCallerFromALeaseAndKeepReplicasTogetherWithinTheLimit() {
        String busy = "test:" + UUID.randomUUID();
        TokenBuckets replica = new TokenBuckets(jdbc);
        assertThat(replica.take(busy, 6000).allowed()).isTrue();
        // 6,000 a minute: the replica took a second's worth, 100 tokens, and hands out the other 99
        // without the database.
        for (int i = 0; i < 99; i++) {
            assertThat(replica.fromLease(busy)).isNotNull();
        }
        assertThat(replica.fromLease(busy)).isNull();

        String shared = "test:" + UUID.randomUUID();
        TokenBuckets first = new TokenBuckets(jdbc);
        TokenBuckets second = new TokenBuckets(jdbc);
        long started = System.nanoTime();
        int allowed = 0;
        for (int i = 0; i < 400; i++) {
            if ((i % 2 == 0 ? first : second).take(shared, 300).allowed()) {
                allowed++;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        // A burst of 300, refilled at 5 a second while the loop ran; leases never add to it.
        assertThat(allowed).isGreaterThanOrEqualTo(295).isLessThanOrEqualTo(300 + (int) Math.ceil(5 * seconds));
    }

    @Test
    void shouldAuditEveryAdminChangeWithWhoWhatWhenAndWhy() {
        ResponseEntity<String> noReason = admin().post()
                .uri("/api/v1/admin/partners")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"name\":\"No reason\"}")
                .retrieve()
                .toEntity(String.class);
        assertThat(noReason.getStatusCode().value()).isEqualTo(400);

        String partnerId = newPartner();

        Map<String, Object> row = jdbc.sql(
                        "SELECT actor, roles, method, path, reason, status, at FROM admin_audit ORDER BY audit_id DESC LIMIT 1")
                .query()
                .singleRow();
        assertThat(row)
                .containsEntry("actor", "staff:alice")
                .containsEntry("roles", "ADMIN")
                .containsEntry("method", "POST")
                .containsEntry("path", "/api/v1/admin/partners")
                .containsEntry("reason", "onboarding a partner (test)")
                .containsEntry("status", 201);
        assertThat(row.get("at")).isNotNull();
        assertThat(partnerId).startsWith("P-");

        ResponseEntity<String> inChinese =
                registerPartner(admin(), "UTF-8''%E6%96%B0%E5%90%88%E4%BD%9C%E6%96%B9 (test)", "Partner in Chinese");
        assertThat(inChinese.getStatusCode().value()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT reason FROM admin_audit ORDER BY audit_id DESC LIMIT 1")
                        .query(String.class)
                        .single())
                .isEqualTo("新合作方 (test)");
    }

    @Test
    void shouldFindAnAuditEntryByActorMethodPathReasonAndTime() {
        String marker = "search-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Instant before = Instant.now().minusSeconds(5);
        assertThat(registerPartner(admin(), "Onboarding " + marker, "Searched")
                        .getStatusCode()
                        .value())
                .isEqualTo(201);

        String found = admin().get()
                .uri(u -> u.path("/api/v1/admin/audit")
                        .queryParam("actor", "alice")
                        .queryParam("method", "post")
                        .queryParam("path", "ADMIN/PARTNERS")
                        .queryParam("reason", marker.toUpperCase())
                        .queryParam("from", before.toString())
                        .queryParam("to", Instant.now().plusSeconds(5).toString())
                        .build())
                .retrieve()
                .body(String.class);
        assertThat(JsonPath.<List<String>>read(found, "$[*].reason")).containsExactly("Onboarding " + marker);
        assertThat(JsonPath.<List<String>>read(found, "$[*].actor")).containsExactly("staff:alice");

        for (String none : List.of("actor=olga", "method=DELETE", "path=/credit-accounts", "to=" + before)) {
            String answer = admin().get()
                    .uri("/api/v1/admin/audit?reason=" + marker + "&" + none)
                    .retrieve()
                    .body(String.class);
            assertThat(JsonPath.<List<Object>>read(answer, "$")).as(none).isEmpty();
        }
        for (String bad : List.of("method=GET", "from=yesterday", "from=" + Instant.now() + "&to=" + before)) {
            ResponseEntity<String> refused =
                    admin().get().uri("/api/v1/admin/audit?" + bad).retrieve().toEntity(String.class);
            assertThat(refused.getStatusCode().value()).as(bad).isEqualTo(400);
            assertThat(JsonPath.<String>read(refused.getBody(), "$.type"))
                    .isEqualTo("https://problems.creditline.dev/invalid-request");
        }
    }

    @Test
    void shouldLetOnlyAdminsManagePartnersAndStaffReadThem() {
        String partnerId = newPartner();
        ResponseEntity<String> collector = registerPartner(LocalTokens.asStaff(port, "colin"), "trying", "x");
        assertThat(collector.getStatusCode().value()).isEqualTo(403);
        assertThat(status(LocalTokens.asStaff(port, "vera"), "/api/v1/admin/partners/" + partnerId))
                .isEqualTo(200);
        assertThat(status(LocalTokens.asShop(port), "/api/v1/admin/partners/" + partnerId))
                .isEqualTo(403);
    }

    @Test
    void shouldRefuseUnknownFieldsScopesAPartnerMayNotHaveAndOversizedBodies() {
        ResponseEntity<String> unknownField = admin().post()
                .uri("/api/v1/admin/partners")
                .header("Audit-Reason", "test")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"name\":\"x\",\"isAdmin\":true}")
                .retrieve()
                .toEntity(String.class);
        assertThat(unknownField.getStatusCode().value()).isEqualTo(400);
        assertThat(JsonPath.<String>read(unknownField.getBody(), "$.type"))
                .isEqualTo("https://problems.creditline.dev/malformed-request");
        assertThat(JsonPath.<String>read(unknownField.getBody(), "$.detail"))
                .isEqualTo("The request body is not valid JSON for this endpoint.");
        assertThat(unknownField.getBody()).doesNotContain("com.creditline", "Exception");

        ResponseEntity<String> badScope = admin().post()
                .uri("/api/v1/admin/partners/" + newPartner() + "/keys")
                .header("Audit-Reason", "test")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"scopes\":[\"repayments:write\"],\"requestsPerMinute\":10}")
                .retrieve()
                .toEntity(String.class);
        assertThat(badScope.getStatusCode().value()).isEqualTo(422);
        assertThat(JsonPath.<String>read(badScope.getBody(), "$.type"))
                .isEqualTo("https://problems.creditline.dev/scope-not-allowed");

        ResponseEntity<String> huge = LocalTokens.asShop(port)
                .post()
                .uri("/api/v1/orders/o-1/authorisation")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"x\":\"" + "a".repeat(300_000) + "\"}")
                .retrieve()
                .toEntity(String.class);
        assertThat(huge.getStatusCode().value()).isEqualTo(413);
    }

    private static HttpServer stubService() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/", exchange -> {
                SEEN.set(Map.copyOf(exchange.getRequestHeaders()));
                exchange.getRequestBody().readAllBytes();
                byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
