package com.creditline.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditline.common.test.TestCallers;
import com.creditline.deploy.GatewayClient.Reply;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two replicas of every service on one PostgreSQL and one broker, the gateway balancing between
 * them, as a deployment runs them: the customer story, then a burst of checkouts from several shops
 * at once, and one replica of checkout and one of repayment killed in the middle of it. The shops
 * retry what was cut off with the same Idempotency-Key, as a real shop does. It ends with every
 * order captured exactly once, one plan per order, nothing held, the reconciliation at zero and
 * the books balanced.
 */
class FleetIT {

    private static final Logger log = LoggerFactory.getLogger(FleetIT.class);

    static final Duration EVENTUALLY = Duration.ofSeconds(180);
    static final int SHOPS = 6;
    static final int CUSTOMERS_EACH = 2;
    /** Under the fraud check's velocity review (5 authorisations of a customer in an hour). */
    static final int ORDERS_EACH = 4;

    static final int ORDERS = SHOPS * CUSTOMERS_EACH * ORDERS_EACH;
    static final String ORDER_AMOUNT = "100.00";

    final Map<Integer, AtomicInteger> cutOff = new ConcurrentHashMap<>();

    @Test
    void shouldServeTheStoryAndABurstOnTwoReplicasWhileOneCheckoutAndOneRepaymentReplicaAreKilled() throws Exception {
        Platform platform = TestPlatform.get();
        GatewayClient shop = GatewayClient.asShop(platform.gatewayUrl());
        GatewayClient ops =
                GatewayClient.asStaff(platform.gatewayUrl(), "alice").because("fleet test");
        PlatformSteps steps = new PlatformSteps(shop, ops);

        long scaling = System.nanoTime();
        try (Replicas replicas = platform.scaleOut()) {
            log.info("second replica of every service ready in {} s", seconds(scaling));
            JobTicks.Seen jobsAtStart = JobTicks.seen(platform, replicas);

            CustomerStory.Outcome story = new CustomerStory(platform.gatewayUrl(), log::info).tell();
            assertThat(story.reconciliationDifferences()).isZero();
            assertThat(story.booksHold()).isTrue();
            shouldMoveEveryReplicasDateByEndOfDayRunThroughOne(platform, replicas, ops, story.customerId());

            List<String> customers = new CopyOnWriteArrayList<>();
            AtomicInteger captured = new AtomicInteger();
            ExecutorService shops = Executors.newFixedThreadPool(SHOPS);
            List<Future<?>> burst = new ArrayList<>();
            long started = System.nanoTime();
            for (int s = 0; s < SHOPS; s++) {
                burst.add(shops.submit(() -> {
                    for (int c = 0; c < CUSTOMERS_EACH; c++) {
                        String customer = steps.customerWithALine("fleet");
                        customers.add(customer);
                        for (int o = 0; o < ORDERS_EACH; o++) {
                            buy(shop, customer, customer + "-o" + o);
                            captured.incrementAndGet();
                        }
                    }
                }));
            }
            await().atMost(EVENTUALLY).until(() -> captured.get() >= ORDERS / 3);
            int atTheKill = captured.get();
            JobTicks jobs = JobTicks.between(jobsAtStart, JobTicks.seen(platform, replicas));
            replicas.kill("checkout");
            replicas.kill("repayment");
            for (Future<?> shopDone : burst) {
                shopDone.get();
            }
            shops.shutdown();
            log.info(
                    "burst: {} orders authorised and captured in {} s; replicas killed after {}; cut off: {}",
                    captured.get(),
                    seconds(started),
                    atTheKill,
                    cutOff);

            for (String customer : customers) {
                Reply plans = shop.await(
                        "/api/v1/plans?customerId=" + customer,
                        r -> r.status() == 200 && r.body().size() >= ORDERS_EACH,
                        EVENTUALLY);
                assertThat(plans.body().size())
                        .as("one plan per order of " + customer)
                        .isEqualTo(ORDERS_EACH);
                Reply line = shop.await(
                        PlatformSteps.linePath(customer),
                        r -> new BigDecimal(r.amount("held")).signum() == 0,
                        EVENTUALLY);
                assertThat(new BigDecimal(line.amount("outstanding")))
                        .isEqualByComparingTo(new BigDecimal(ORDER_AMOUNT).multiply(BigDecimal.valueOf(ORDERS_EACH)));
            }
            steps.awaitReconciled(EVENTUALLY);
            assertThat(customers).hasSize(SHOPS * CUSTOMERS_EACH);
            assertThat(captured.get()).isEqualTo(ORDERS);
            log.info("scheduled jobs while both replicas ran:\n{}", jobs);
            assertThat(jobs.ranOnBoth())
                    .as("ticks that ran on both replicas of a service")
                    .isEmpty();
            assertThat(jobs.totalRuns()).as("scheduled job runs seen").isGreaterThan(20);
            assertThat(cutOff.keySet())
                    .as("what a killed replica cut off")
                    .allSatisfy(status -> assertThat(status).isIn(409, 502, 503, 504, -1));
        }
    }

    /**
     * End of day run through the second repayment replica moves the business date of both
     * replicas of repayment and of credit-limit, whichever credit-limit replica's consumer took the
     * news: the date lives in each service's schema, not in a JVM.
     */
    private static void shouldMoveEveryReplicasDateByEndOfDayRunThroughOne(
            Platform platform, Replicas replicas, GatewayClient ops, String customer) {
        String token = TestCallers.tokenFor(TestCallers.EVERYTHING);
        LocalDate next = LocalDate.parse(ops.get("/api/v1/admin/business-date").text("businessDate"))
                .plusDays(1);
        Reply run = GatewayClient.withCallerToken(replicas.url("repayment"), token)
                .post("/api/v1/admin/end-of-day", "{\"runThrough\":\"" + next + "\",\"allowAheadOfCalendar\":true}");
        assertThat(run.status()).as(run.body().toString()).isEqualTo(200);
        for (String url : List.of(platform.serviceUrl("repayment"), replicas.url("repayment"))) {
            GatewayClient.withCallerToken(url, token)
                    .await(
                            "/api/v1/admin/business-date",
                            r -> r.text("businessDate").equals(next.toString()),
                            EVENTUALLY);
        }
        for (String url : List.of(platform.serviceUrl("credit-limit"), replicas.url("credit-limit"))) {
            GatewayClient.withCallerToken(url, token)
                    .await(
                            "/api/v1/credit-accounts/" + customer,
                            r -> r.text("businessDate").equals(next.toString()),
                            EVENTUALLY);
        }
        log.info(
                "end of day through the second repayment replica: {} on both replicas of repayment and credit-limit",
                next);
    }

    private void buy(GatewayClient shop, String customer, String order) {
        Reply authorised = untilDecided(() -> shop.post(
                "/api/v1/orders/" + order + "/authorisation", """
                {"customerId":"%s","amount":{"amount":"%s","currency":"CNY"}}""".formatted(customer, ORDER_AMOUNT), order + "-a"));
        assertThat(authorised.text("status")).as(authorised.body().toString()).isEqualTo("AUTHORISED");
        untilDecided(() ->
                shop.post("/api/v1/orders/" + order + "/captures", """
                {"captureId":"%s-c","amount":{"amount":"%s","currency":"CNY"},
                 "method":"FLAT_MONTHLY_FEE","installmentCount":3}""".formatted(order, ORDER_AMOUNT), order + "-c"));
    }

    /**
     * As a shop does: the same request with the same key again until it is decided. A replica
     * killed under the request cuts it off (a 502/503, or the connection); one that died
     * mid-authorisation leaves it in progress (409) until another replica's recovery undoes it.
     */
    private Reply untilDecided(Supplier<Reply> request) {
        long deadline = System.nanoTime() + EVENTUALLY.toNanos();
        while (true) {
            Reply reply;
            try {
                reply = request.get();
            } catch (IllegalStateException connectionLost) {
                reply = new Reply(-1, null);
            }
            if (reply.status() == 200 || reply.status() == 201) {
                return reply;
            }
            cutOff.computeIfAbsent(reply.status(), s -> new AtomicInteger()).incrementAndGet();
            assertThat(System.nanoTime()).as("still not decided: " + reply).isLessThan(deadline);
            sleep(Duration.ofSeconds(1));
        }
    }

    private static long seconds(long since) {
        return Duration.ofNanos(System.nanoTime() - since).toSeconds();
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
