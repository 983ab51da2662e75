package com.creditline.common.test.fuzz;

import com.creditline.common.test.TestCallers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Walks every operation of a running service's OpenAPI document with malformed requests (bodies,
 * path and query parameters, headers; {@link Malformed}) as a caller allowed to call it, and
 * reports each request answered with a 5xx or not at all. Each operation first gets a plausible
 * request, then a seeded random sample of its malformed variants, within a bound on the whole
 * walk, so that a run is repeatable and short. A service's test is a few lines:
 *
 * <pre>{@code
 * ApiFuzz.of(port).run().assertNoServerError();
 * }</pre>
 */
public final class ApiFuzz {

    /** One request of the walk and what is wrong with it. */
    record Probe(
            String operation, String what, String method, String target, Map<String, String> headers, byte[] body) {

        @Override
        public String toString() {
            return operation + " with " + what + ": " + method + " " + RawHttp.shortened(target);
        }
    }

    private final int port;
    private long seed = 11;
    private int maxRequests = 800;
    private final Map<String, String> mayBeUnavailable = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String document = "/v3/api-docs";
    private Function<String, String> authorization = ApiFuzz::asGatewayOrPeer;

    private ApiFuzz(int port) {
        this.port = port;
    }

    public static ApiFuzz of(int port) {
        return new ApiFuzz(port);
    }

    public ApiFuzz seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** At most this many requests in the whole walk, shared evenly by the operations. */
    public ApiFuzz maxRequests(int maxRequests) {
        this.maxRequests = maxRequests;
        return this;
    }

    /**
     * Accepts a 503 from one operation ({@code "GET /api/v1/admin/reconciliation"}) because what it
     * needs does not run in the test, for the reason given; any other 5xx still fails the walk.
     */
    public ApiFuzz mayBeUnavailable(String operation, String because) {
        mayBeUnavailable.put(operation, because);
        return this;
    }

    /** A header every request carries (such as the gateway's {@code Audit-Reason}). */
    public ApiFuzz header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** Where the OpenAPI document is, if not at {@code /v3/api-docs}. */
    public ApiFuzz document(String path) {
        this.document = path;
        return this;
    }

    /** The {@code Authorization} header for a path, if not a caller token with every right. */
    public ApiFuzz authorization(Function<String, String> forPath) {
        this.authorization = forPath;
        return this;
    }

    /**
     * Every public path as {@link TestCallers#EVERYTHING} (every scope and ADMIN), internal ones as
     * a peer service: the callers allowed to call them. Tokens live two minutes, longer than a walk.
     */
    private static String asGatewayOrPeer(String path) {
        return "Bearer "
                + (path.startsWith("/internal/")
                        ? TestCallers.peerServiceToken()
                        : TestCallers.tokenFor(TestCallers.EVERYTHING));
    }

    public Report run() {
        RawHttp http = new RawHttp(port);
        JsonNode api = JsonMapper.builder().build().readTree(fetchDocument());
        List<List<Probe>> byOperation = new OpenApiProbes(api, authorization, headers, new Random(seed)).probes();
        int perOperation = Math.max(1, maxRequests / Math.max(1, byOperation.size()));
        Random random = new Random(seed);
        List<Probe> walk = new ArrayList<>();
        for (List<Probe> probes : byOperation) {
            List<Probe> variants = new ArrayList<>(probes.subList(1, probes.size()));
            Collections.shuffle(variants, random);
            walk.add(probes.getFirst());
            walk.addAll(variants.subList(0, Math.min(variants.size(), perOperation - 1)));
        }
        List<String> failures = new ArrayList<>();
        long started = System.nanoTime();
        int reset = 0;
        for (Probe probe : walk) {
            RawHttp.Answer answer = http.send(probe.method(), probe.target(), probe.headers(), probe.body());
            boolean excused = answer.status() == 503 && mayBeUnavailable.containsKey(probe.operation());
            if (answer.status() == RawHttp.RESET) {
                reset++;
            } else if ((answer.status() >= 500 && !excused) || answer.status() == 0) {
                failures.add(probe + " -> " + (answer.status() == 0 ? "" : answer.status() + " ") + answer.start());
            }
        }
        return new Report(
                api.path("info").path("title").asString("the service"),
                byOperation.size(),
                walk.size(),
                Duration.ofNanos(System.nanoTime() - started),
                reset,
                failures);
    }

    private String fetchDocument() {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> answer = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + document))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("no OpenAPI document at " + document + ": " + answer.statusCode());
            }
            return answer.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * What a walk found: how many requests it sent, which were answered 5xx (or not at all), and how
     * many lost their answer to a reset connection (refused early, not failed).
     */
    public record Report(
            String service, int operations, int sent, Duration took, int reset, List<String> serverErrors) {

        public Report assertNoServerError() {
            System.out.printf(
                    "API fuzz of %s: %d operations, %d requests sent in %d s, %d answered 5xx"
                            + " (%d refused by closing the connection before reading the body)%n",
                    service, operations, sent, took.toSeconds(), serverErrors.size(), reset);
            if (!serverErrors.isEmpty()) {
                throw new AssertionError(serverErrors.size() + " of " + sent + " malformed requests to " + service
                        + " were answered 5xx (or not at all):\n  " + String.join("\n  ", serverErrors));
            }
            return this;
        }
    }
}
