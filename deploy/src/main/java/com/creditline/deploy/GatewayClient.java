package com.creditline.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small JSON client of the platform's gateway, for the demo and the end-to-end tests. */
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

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String baseUrl;

    public GatewayClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    public Reply post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
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
        try {
            HttpResponse<String> response =
                    http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
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
