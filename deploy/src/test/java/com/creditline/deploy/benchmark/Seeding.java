package com.creditline.deploy.benchmark;

import com.creditline.deploy.CustomerStory;
import com.creditline.deploy.GatewayClient;
import com.creditline.deploy.GatewayClient.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The customers the simulations use, made through the gateway as the shop makes them: an
 * application each (scored, approved, a line opened by the approval event, checkout told the
 * grade), a partner with an API key, and the links of every tenth customer to it. Then a warm-up,
 * so that the measured phases run on compiled code.
 */
final class Seeding {

    private final String gateway;
    private final String jdbcUrl;
    private final Consumer<String> say;
    private final GatewayClient shop;

    Seeding(String gateway, String jdbcUrl, Consumer<String> say) {
        this.gateway = gateway;
        this.jdbcUrl = jdbcUrl;
        this.say = say;
        this.shop = GatewayClient.asShop(gateway);
    }

    /** Applies for every customer and hot line, and waits until their lines and profiles exist. */
    void customers(int customers, int hotLines) throws Exception {
        AtomicInteger refused = new AtomicInteger();
        inParallel(customers + hotLines, 16, i -> {
            String customer = i < customers ? Workload.customer(i + 1) : Workload.hotLine(i - customers + 1);
            Reply reply = retrying(() -> shop.post("/api/v1/applications", CustomerStory.application(customer)));
            if (reply.status() != 201 || !"APPROVED".equals(reply.text("decision"))) {
                refused.incrementAndGet();
            }
        });
        if (refused.get() > 0) {
            throw new IllegalStateException(refused.get() + " applications were not approved");
        }
        awaitCount(
                "credit lines opened",
                "SELECT count(*) FROM credit_limit.credit_account WHERE customer_id LIKE 'bench-%'",
                customers + hotLines);
        awaitCount(
                "checkout profiles",
                "SELECT count(*) FROM checkout.customer_profile WHERE customer_id LIKE 'bench-%'",
                customers + hotLines);
    }

    /** Registers a partner, issues it a key (written to {@code keyFile}) and links every tenth customer. */
    void partner(int customers, Path keyFile) throws Exception {
        GatewayClient alice = GatewayClient.asStaff(gateway, "alice").because("load benchmark: a partner for the mix");
        Reply partner = alice.post("/api/v1/admin/partners", "{\"name\":\"Benchmark partner " + Workload.RUN + "\"}");
        expect(201, partner);
        String partnerId = partner.text("partnerId");
        Reply key = alice.post(
                "/api/v1/admin/partners/" + partnerId + "/keys",
                "{\"scopes\":[\"checkout:write\",\"orders:read\"],\"requestsPerMinute\":100000}");
        expect(201, key);
        Files.writeString(keyFile, key.text("apiKey"));
        inParallel(customers / 10, 12, i -> {
            String customer = Workload.customer(10 * (i + 1));
            Reply linked = retrying(() -> shop.post(
                    "/api/v1/customers/" + customer + "/partner-links",
                    "{\"partnerId\":\"" + partnerId + "\",\"purpose\":\"pay later at the benchmark partner\"}"));
            expect(201, linked);
        });
        say.accept("partner " + partnerId + " linked to " + customers / 10 + " customers");
    }

    /** Numbers the warm-up's orders across warm-ups, so that a later one never replays an earlier order id. */
    private final AtomicLong warmUpOrders = new AtomicLong();

    /**
     * Shop journeys (quote, authorise, capture, reads) and hot-line authorise-and-void from a few
     * threads for a while, so that the services' JIT compilers have done their work before anything
     * is measured.
     */
    void warmUp(int customers, int hotLines, Duration duration) throws Exception {
        long until = System.nanoTime() + duration.toNanos();
        long before = warmUpOrders.get();
        AtomicInteger failures = new AtomicInteger();
        inParallel(32, 32, worker -> {
            while (System.nanoTime() < until) {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                String order = Workload.RUN + "-warm-" + warmUpOrders.incrementAndGet();
                String amount = random.nextInt(50, 500) + ".00";
                String customer = worker % 4 == 3
                        ? Workload.hotLine(random.nextInt(1, hotLines + 1))
                        : Workload.customer(random.nextInt(1, customers + 1));
                shop.post("/api/v1/quotes", """
                        {"customerId":"%s","amount":{"amount":"%s","currency":"CNY"}}""".formatted(customer, amount));
                Reply authorised = shop.post(
                        "/api/v1/orders/" + order + "/authorisation", """
                        {"customerId":"%s","amount":{"amount":"%s","currency":"CNY"},
                         "device":{"deviceId":"phone-%s","latitude":31.2304,"longitude":121.4737}}""".formatted(customer, amount, customer));
                if (authorised.status() == 503 || authorised.status() == 429) {
                    // Refused for load while the services are cold: wait as Retry-After says.
                    failures.incrementAndGet();
                    Thread.sleep(1000);
                    continue;
                }
                if (authorised.status() != 201) {
                    failures.incrementAndGet();
                    continue;
                }
                if (worker % 4 == 3) {
                    shop.post("/api/v1/orders/" + order + "/void", "");
                    continue;
                }
                shop.post("/api/v1/orders/" + order + "/captures", """
                        {"captureId":"%s-c1","amount":{"amount":"%s","currency":"CNY"},
                         "method":"FLAT_MONTHLY_FEE","installmentCount":3}""".formatted(order, amount));
                shop.get("/api/v1/orders/" + order);
                shop.get("/api/v1/credit-accounts/" + customer);
                Reply plans = shop.get("/api/v1/plans?customerId=" + customer);
                if (plans.status() == 200 && plans.body().size() > 0) {
                    shop.post("/api/v1/repayments", """
                            {"planId":"%s","paymentReference":"%s-pay","amount":{"amount":"1.00","currency":"CNY"}}""".formatted(
                                    plans.body().get(0).path("planId").asString(), order));
                }
            }
        });
        say.accept(
                "warmed up with " + (warmUpOrders.get() - before) + " orders (" + failures.get() + " not authorised)");
    }

    private void awaitCount(String what, String sql, int expected) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        int count = 0;
        while (System.nanoTime() < deadline) {
            try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "");
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                count = rs.getInt(1);
            }
            if (count >= expected) {
                say.accept(what + ": " + count);
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(what + ": only " + count + " of " + expected + " after 3 minutes");
    }

    /**
     * As a well-behaved shop: a request refused for load (429, or 503 from the gateway's admission
     * control while the services are still cold) is sent again after a second, as its
     * {@code Retry-After} says, for up to half a minute; other server errors a few times.
     */
    private static Reply retrying(Supplier<Reply> request) throws InterruptedException {
        Reply reply = request.get();
        for (int attempt = 1; attempt < 30 && (reply.status() == 429 || reply.status() >= 500); attempt++) {
            boolean shed = reply.status() == 429 || reply.status() == 503;
            if (!shed && attempt >= 5) {
                break;
            }
            Thread.sleep(shed ? 1000L : 200L * attempt);
            reply = request.get();
        }
        return reply;
    }

    private static void expect(int status, Reply reply) {
        if (reply.status() != status) {
            throw new IllegalStateException("expected " + status + " but got " + reply.status() + ": " + reply.body());
        }
    }

    /** Runs {@code task(0..count-1)} on virtual threads, at most {@code parallel} at a time. */
    private static void inParallel(int count, int parallel, ThrowingIntConsumer task) throws Exception {
        Semaphore permits = new Semaphore(parallel);
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count && failures.isEmpty(); i++) {
                permits.acquire();
                int index = i;
                threads.submit(() -> {
                    try {
                        task.accept(index);
                    } catch (Throwable e) {
                        failures.add(e);
                    } finally {
                        permits.release();
                    }
                });
            }
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException(failures.getFirst().getMessage(), failures.getFirst());
        }
    }

    @FunctionalInterface
    interface ThrowingIntConsumer {
        void accept(int value) throws Exception;
    }
}
