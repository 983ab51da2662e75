package com.creditline.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditline.deploy.GatewayClient.Reply;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Faults on the real platform: the broker stops while checkouts and repayments go on, checkout is
 * killed mid-flight, PostgreSQL restarts under load. After each, no event is lost, none is applied
 * twice, and the reconciliation of the line against the repayment ledger and checkout reports zero
 * differences, and the journal's trial balance balances with every control account equal to its
 * sub-ledger.
 */
class FaultsIT {

    static final Duration EVENTUALLY = Duration.ofSeconds(120);

    Platform platform;
    GatewayClient gateway;
    GatewayClient ops;

    @BeforeEach
    void platform() throws Exception {
        platform = TestPlatform.get();
        gateway = GatewayClient.asShop(platform.gatewayUrl());
        ops = GatewayClient.asStaff(platform.gatewayUrl(), "alice");
    }

    String customerWithALine() {
        return new PlatformSteps(gateway, ops).customerWithALine("fault");
    }

    Reply authorise(String customer, String order, String amount) {
        return gateway.post("/api/v1/orders/" + order + "/authorisation", """
                {"customerId":"%s","amount":{"amount":"%s","currency":"CNY"}}""".formatted(customer, amount));
    }

    Reply capture(String order, String amount, int installments) {
        return gateway.post("/api/v1/orders/" + order + "/captures", """
                {"captureId":"%s-c","amount":{"amount":"%s","currency":"CNY"},"method":"%s","installmentCount":%d}""".formatted(
                        order, amount, installments == 1 ? "PAY_IN_FULL" : "FLAT_MONTHLY_FEE", installments));
    }

    /** Whether checkout captured the order (the capture sent, or sent again: the same capture id). */
    private boolean captured(String order) {
        try {
            return capture(order, "100.00", 3).status() == 201;
        } catch (RuntimeException connectionLost) {
            return false;
        }
    }

    void buy(String customer, String order, String amount, int installments) {
        assertThat(authorise(customer, order, amount).status()).isEqualTo(201);
        assertThat(capture(order, amount, installments).status()).isEqualTo(201);
    }

    String line(String customer, String field) {
        return gateway.get("/api/v1/credit-accounts/" + customer).amount(field);
    }

    void awaitReconciled() {
        new PlatformSteps(gateway, ops).awaitReconciled(EVENTUALLY);
    }

    @Test
    void shouldLoseNoEventAndApplyNoneTwiceWhenKafkaStopsWhileCheckoutsAndRepaymentsGoOn() throws Exception {
        String customer = customerWithALine();
        buy(customer, customer + "-o1", "1000.00", 3);
        Reply plans = gateway.await(
                "/api/v1/plans?customerId=" + customer, r -> r.body().size() == 1, EVENTUALLY);
        String firstPlan = plans.body().get(0).path("planId").asString();

        platform.stopKafka();
        try {
            buy(customer, customer + "-o2", "600.00", 3);
            buy(customer, customer + "-o3", "300.00", 1);
            Reply paid = gateway.post("/api/v1/repayments", """
                    {"planId":"%s","paymentReference":"%s-p1","amount":{"amount":"100.00","currency":"CNY"}}""".formatted(firstPlan, customer));
            assertThat(paid.status()).isEqualTo(201);
        } finally {
            platform.startKafka();
        }

        gateway.await("/api/v1/plans?customerId=" + customer, r -> r.body().size() == 3, EVENTUALLY);
        gateway.await(
                "/api/v1/credit-accounts/" + customer,
                r -> r.amount("outstanding").equals("1800.00"),
                EVENTUALLY);
        awaitReconciled();
        assertThat(gateway.get("/api/v1/plans?customerId=" + customer).body().size())
                .isEqualTo(3);
        assertThat(line(customer, "outstanding")).isEqualTo("1800.00");
    }

    @Test
    void shouldFinishOrUndoEveryCheckoutInFlightWhenCheckoutIsKilled() throws Exception {
        // Four orders per customer: a fifth within the hour would go to the fraud check's review.
        List<String> customers = List.of(customerWithALine(), customerWithALine(), customerWithALine());
        ExecutorService shops = Executors.newFixedThreadPool(4);
        List<Future<?>> inFlight = new ArrayList<>();
        AtomicInteger sent = new AtomicInteger();
        Queue<String> uncaptured = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < 12; i++) {
            String customer = customers.get(i % customers.size());
            String order = customer + "-k" + i;
            inFlight.add(shops.submit(() -> {
                try {
                    sent.incrementAndGet();
                    if (authorise(customer, order, "100.00").status() == 201 && !captured(order)) {
                        uncaptured.add(order);
                    }
                } catch (RuntimeException connectionLost) {
                    // checkout died under this request: the shop saw an error, nothing more
                }
            }));
        }
        await().atMost(EVENTUALLY).until(() -> sent.get() >= 5);
        platform.kill("checkout");
        for (Future<?> f : inFlight) {
            f.get();
        }
        shops.shutdown();
        platform.restart("checkout");
        // An order authorised whose capture checkout never answered is still authorised: the shop
        // sends the same capture again (same capture id), as it would.
        for (String order : uncaptured) {
            await().atMost(EVENTUALLY).until(() -> captured(order));
        }

        awaitReconciled();
        for (String customer : customers) {
            BigDecimal held = new BigDecimal(line(customer, "held"));
            BigDecimal outstanding = new BigDecimal(line(customer, "outstanding"));
            int plans =
                    gateway.get("/api/v1/plans?customerId=" + customer).body().size();
            assertThat(held).as(customer).isZero();
            assertThat(outstanding)
                    .as(customer)
                    .isEqualByComparingTo(new BigDecimal("100.00").multiply(BigDecimal.valueOf(plans)));
        }
    }

    @Test
    void shouldAnswerCleanlyWhilePostgresRestartsAndRecoverAfterwards() throws Exception {
        String customer = customerWithALine();
        List<Integer> answers = new CopyOnWriteArrayList<>();
        AtomicBoolean restarted = new AtomicBoolean();
        ExecutorService shop = Executors.newSingleThreadExecutor();
        Future<?> load = shop.submit(() -> {
            int afterRestart = 0;
            for (int i = 0; i < 1_000 && afterRestart < 5; i++) {
                afterRestart += restarted.get() ? 1 : 0;
                try {
                    answers.add(
                            authorise(customer, customer + "-pg" + i, "10.00").status());
                } catch (RuntimeException e) {
                    answers.add(-1);
                }
            }
        });
        await().atMost(EVENTUALLY).until(() -> answers.size() >= 3);
        platform.restartPostgres(Duration.ofSeconds(2));
        restarted.set(true);
        load.get();
        shop.shutdown();

        assertThat(answers)
                .as("every answer is a decision or a clean 503/409, never a 500 or a hang")
                .allSatisfy(status -> assertThat(status).isIn(200, 201, 409, 503));
        assertThat(authorise(customer, customer + "-after", "10.00").status()).isEqualTo(201);
        awaitReconciled();
    }
}
