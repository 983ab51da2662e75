package com.creditline.deploy.benchmark;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the simulations share: where the platform is and who its customers are (from system
 * properties that {@link BenchmarkRun} passes, with defaults for a platform seeded by it), the
 * shop's token, and the requests of the product (quote, authorise, capture, void, repay, reads),
 * each followed by its entry in the {@link RequestLog}.
 *
 * <p>Customers are {@code bench-c00001} to {@code bench-cNNNNN} ({@code benchmark.customers});
 * every tenth is linked to the benchmark partner; the hot lines are {@code bench-hot-01} to
 * {@code bench-hot-NN} ({@code benchmark.hotLines}).
 */
final class Workload {

    static final String GATEWAY = System.getProperty("benchmark.gateway", "http://localhost:8080");
    static final int CUSTOMERS = Integer.getInteger("benchmark.customers", 2000);
    static final int HOT_LINES = Integer.getInteger("benchmark.hotLines", 10);
    /** Makes order ids unique across runs against the same platform. */
    static final String RUN = System.getProperty("benchmark.runId", Long.toString(System.currentTimeMillis(), 36));

    private static final AtomicLong ORDERS = new AtomicLong();

    private static final int[] INSTALLMENTS = {3, 6, 12};

    /** Customers who recently had a capture (so have a plan, or will in a moment), for repayments. */
    private static final String[] CAPTURED = new String[1024];

    private static final AtomicLong CAPTURES = new AtomicLong();

    private Workload() {}

    static String customer(int index) {
        return "bench-c%05d".formatted(index);
    }

    static String hotLine(int index) {
        return "bench-hot-%02d".formatted(index);
    }

    /** Every tenth customer linked the benchmark partner to their line. */
    static boolean linkedToPartner(int index) {
        return index % 10 == 0;
    }

    static double number(String name, double fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : Double.parseDouble(value);
    }

    /** The gateway with the shop's client-credentials token, one pool of keep-alive connections. */
    static HttpProtocolBuilder asShop() {
        return http.baseUrl(GATEWAY)
                .shareConnections()
                .acceptHeader("application/json")
                .contentTypeHeader("application/json")
                .authorizationHeader("Bearer " + shopToken());
    }

    /** The gateway with the benchmark partner's API key (written to a file by the seeding). */
    static HttpProtocolBuilder asPartner() {
        return http.baseUrl(GATEWAY)
                .shareConnections()
                .acceptHeader("application/json")
                .contentTypeHeader("application/json")
                .header("X-Api-Key", partnerKey());
    }

    static boolean hasPartner() {
        String file = System.getProperty("benchmark.partnerKeyFile");
        return file != null && Files.isRegularFile(Path.of(file));
    }

    private static String partnerKey() {
        try {
            return Files.readString(Path.of(System.getProperty("benchmark.partnerKeyFile")))
                    .trim();
        } catch (IOException e) {
            throw new IllegalStateException("no partner key: " + e.getMessage(), e);
        }
    }

    /** POST /oauth2/token at the gateway's local issuer, as the shop (client credentials). */
    static String shopToken() {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(GATEWAY + "/oauth2/token"))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .timeout(Duration.ofSeconds(10))
                                    .POST(
                                            HttpRequest.BodyPublishers.ofString(
                                                    "grant_type=client_credentials&client_id=shop&client_secret=shop-local-secret"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            Matcher token =
                    Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
            if (response.statusCode() != 200 || !token.find()) {
                throw new IllegalStateException("the gateway's issuer refused the shop: " + response.statusCode());
            }
            return token.group(1);
        } catch (IOException e) {
            throw new IllegalStateException("no gateway at " + GATEWAY + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An endless feed of orders: a fresh order id, a customer from the given pick, an amount. */
    static Iterator<Map<String, Object>> orders(String kind, Supplier<String> customers, int minYuan, int maxYuan) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Map<String, Object> next() {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                return Map.of(
                        "customer",
                        customers.get(),
                        "order",
                        RUN + "-" + kind + "-" + ORDERS.incrementAndGet(),
                        "amount",
                        "%d.%02d".formatted(random.nextInt(minYuan, maxYuan + 1), random.nextInt(100)),
                        "installments",
                        INSTALLMENTS[random.nextInt(INSTALLMENTS.length)]);
            }
        };
    }

    static String anyCustomer() {
        return customer(ThreadLocalRandom.current().nextInt(1, CUSTOMERS + 1));
    }

    static String linkedCustomer() {
        int linked = Math.max(1, CUSTOMERS / 10);
        return customer(10 * ThreadLocalRandom.current().nextInt(1, linked + 1));
    }

    /** A customer who had a capture lately, or any customer before the first capture. */
    static String capturedCustomer() {
        long captures = CAPTURES.get();
        if (captures == 0) {
            return anyCustomer();
        }
        int slot = (int) (ThreadLocalRandom.current().nextLong(Math.min(captures, CAPTURED.length)));
        String customer = CAPTURED[slot];
        return customer == null ? anyCustomer() : customer;
    }

    static ChainBuilder rememberCaptured() {
        return exec(session -> {
            CAPTURED[(int) (CAPTURES.getAndIncrement() % CAPTURED.length)] = session.getString("customer");
            return session;
        });
    }

    static String anyHotLine() {
        return hotLine(ThreadLocalRandom.current().nextInt(1, HOT_LINES + 1));
    }

    // The requests, each one timed and logged. A failed step ends the journey (exitHereIf).

    static ChainBuilder quote() {
        return timed("quote", http("quote").post("/api/v1/quotes").body(StringBody("""
                {"customerId":"#{customer}","amount":{"amount":"#{amount}","currency":"CNY"}}""")));
    }

    /** An authorisation that must be granted: a decline counts as a failure here. */
    static ChainBuilder authorise() {
        return timed(
                "authorise",
                http("authorise")
                        .post("/api/v1/orders/#{order}/authorisation")
                        .body(StringBody("""
                                {"customerId":"#{customer}","amount":{"amount":"#{amount}","currency":"CNY"},
                                 "device":{"deviceId":"phone-#{customer}","latitude":31.2304,"longitude":121.4737}}"""))
                        .check(jsonPath("$.status").in("AUTHORISED", "IN_REVIEW")));
    }

    static ChainBuilder capture() {
        return timed(
                "capture",
                http("capture").post("/api/v1/orders/#{order}/captures").body(StringBody("""
                        {"captureId":"#{order}-c1","amount":{"amount":"#{amount}","currency":"CNY"},
                         "method":"FLAT_MONTHLY_FEE","installmentCount":#{installments}}""")));
    }

    static ChainBuilder voidOrder() {
        return timed("void", http("void").post("/api/v1/orders/#{order}/void"));
    }

    static ChainBuilder readOrder() {
        return timed("read order", http("read order").get("/api/v1/orders/#{order}"));
    }

    static ChainBuilder readCreditAccount() {
        return timed("read credit account", http("read credit account").get("/api/v1/credit-accounts/#{customer}"));
    }

    /** The customer's plans; the first one's id is kept for a repayment. */
    static ChainBuilder readPlans() {
        return timed(
                "read plans",
                http("read plans")
                        .get("/api/v1/plans?customerId=#{customer}")
                        .check(jsonPath("$[0].planId").optional().saveAs("planId")));
    }

    /** A prepayment of 10.00 on the plan read before. */
    static ChainBuilder repay() {
        return timed("repay", http("repay").post("/api/v1/repayments").body(StringBody("""
                {"planId":"#{planId}","paymentReference":"#{order}-pay","amount":{"amount":"10.00","currency":"CNY"}}""")));
    }

    /**
     * The request, then its entry in the log; a failed request ends this virtual user's journey.
     * Gatling's own statistics are not changed by the log (it only reads the session).
     */
    private static ChainBuilder timed(String name, HttpRequestActionBuilder request) {
        return exec(session -> session.set("sentAt", System.currentTimeMillis()).remove("code"))
                .exec(request.check(responseTimeInMillis().saveAs("responseTime"))
                        .check(status().saveAs("code"))
                        .check(status().in(200, 201).saveAs("status")))
                .exec(session -> log(name, session))
                .exitHereIf(session -> !session.getBoolean("lastOk"));
    }

    private static Session log(String name, Session session) {
        long sentAt = session.getLong("sentAt");
        boolean ok = !session.isFailed();
        long millis =
                session.contains("responseTime") ? session.getInt("responseTime") : System.currentTimeMillis() - sentAt;
        // 0: no answer at all (a timeout, a refused connection)
        int code = session.contains("code") ? session.getInt("code") : 0;
        RequestLog.INSTANCE.add(name, sentAt, millis, ok, code);
        return session.remove("responseTime").set("lastOk", ok).markAsSucceeded();
    }
}
