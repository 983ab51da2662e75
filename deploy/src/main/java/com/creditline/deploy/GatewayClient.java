package com.creditline.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small JSON client of the platform's gateway, for the demo and the end-to-end tests, logged in
 * as the shop or a staff member at the gateway's local issuer, or holding a partner's API key.
 */
public final class GatewayClient {

    /** A response: its status and its JSON body. */
    public record Reply(int status, JsonNode body) {

        public String text(String field) {
            return body.path(field).asString();
        }

        public String amount(String field) {
            return body.path(field).path("amount").asString();
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String baseUrl;
    private final Map<String, String> headers;

    private GatewayClient(String baseUrl, Map<String, String> headers) {
        this.baseUrl = baseUrl;
        this.headers = Map.copyOf(headers);
    }

    /** The first-party shop (local client {@code shop}). */
    public static GatewayClient asShop(String baseUrl) {
        return withToken(baseUrl, "grant_type=client_credentials&client_id=shop&client_secret=shop-local-secret");
    }

    /** A local staff user: alice (ADMIN), olga (CREDIT_OFFICER), colin (COLLECTOR), vera (VIEWER). */
    public static GatewayClient asStaff(String baseUrl, String user) {
        return withToken(baseUrl, "grant_type=password&username=" + user + "&password=" + user + "-local");
    }

    public static GatewayClient withApiKey(String baseUrl, String apiKey) {
        return new GatewayClient(baseUrl, Map.of("X-Api-Key", apiKey));
    }

    /**
     * Straight to one service (or one replica of it), around the gateway, with a caller token signed
     * as the gateway signs them: for tests.
     */
    public static GatewayClient withCallerToken(String serviceUrl, String callerToken) {
        return new GatewayClient(serviceUrl, Map.of("Authorization", "Bearer " + callerToken));
    }

    public static GatewayClient anonymous(String baseUrl) {
        return new GatewayClient(baseUrl, Map.of());
    }

    /** The same caller, giving this reason for its admin changes (the audit log's "why"). */
    public GatewayClient because(String reason) {
        Map<String, String> withReason = new HashMap<>(headers);
        withReason.put("Audit-Reason", reason);
        return new GatewayClient(baseUrl, withReason);
    }

    /** The same caller, sending one more header on every request (a W3C traceparent, for instance). */
    public GatewayClient withHeader(String name, String value) {
        Map<String, String> more = new HashMap<>(headers);
        more.put(name, value);
        return new GatewayClient(baseUrl, more);
    }

    private static GatewayClient withToken(String baseUrl, String form) {
        Reply token = anonymous(baseUrl)
                .send(HttpRequest.newBuilder(URI.create(baseUrl + "/oauth2/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (token.status() != 200) {
            throw new IllegalStateException(
                    "the gateway's local issuer refused: " + token.status() + " " + token.body());
        }
        return new GatewayClient(baseUrl, Map.of("Authorization", "Bearer " + token.text("access_token")));
    }

    /** The headers that carry this client's credential (for tests that build their own requests). */
    public Map<String, String> credentials() {
        return headers;
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    public Reply post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Posts under an Idempotency-Key: the same key with the same body answers the same result. */
    public Reply post(String path, String json, String idempotencyKey) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply put(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).DELETE());
    }

    /** Asks again until the reply satisfies the condition (events take a moment to cross services). */
    public Reply await(String path, Predicate<Reply> condition, Duration timeout) {
        return await("GET " + path, () -> get(path), condition, timeout);
    }

    /** Sends the request again until the reply satisfies the condition. */
    public Reply await(String what, Supplier<Reply> request, Predicate<Reply> condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Reply reply = request.get();
        while (!condition.test(reply)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("still not as expected after " + timeout.toSeconds() + " s: " + what
                        + " -> " + reply.status() + " " + reply.body());
            }
            pause();
            reply = request.get();
        }
        return reply;
    }

    private Reply send(HttpRequest.Builder request) {
        headers.forEach(request::header);
        try {
            HttpResponse<String> response =
                    HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body =
                    response.body().isBlank() ? JSON.getNodeFactory().nullNode() : JSON.readTree(response.body());
            return new Reply(response.statusCode(), body);
        } catch (IOException e) {
            throw new IllegalStateException("the gateway at " + baseUrl + " does not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
