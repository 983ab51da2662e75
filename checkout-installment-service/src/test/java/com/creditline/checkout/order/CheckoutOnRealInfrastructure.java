package com.creditline.checkout.order;

import static org.awaitility.Awaitility.await;

import com.creditline.common.security.Caller;
import com.creditline.common.test.RealInfrastructure;
import com.creditline.common.test.TestCallers;
import com.creditline.common.test.TestHttp;
import com.jayway.jsonpath.JsonPath;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What checkout's HTTP tests share, so that they share one Spring context too: real PostgreSQL and
 * Kafka, credit-limit-service's hold API played by one stub HTTP server, and webhooks retried
 * within a second instead of ten (and to plain-http receivers on localhost).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "creditline.webhooks.poll-interval=100ms",
            "creditline.webhooks.initial-delay=0s",
            "creditline.webhooks.first-retry=200ms",
            "creditline.webhooks.max-retry=400ms",
            "creditline.webhooks.allow-plain-http=true",
            "creditline.cash.local-payout-delay=2s",
            "creditline.cash.local-payout-poll=200ms"
        })
@RealInfrastructure
abstract class CheckoutOnRealInfrastructure {

    static final StubCreditLine LINE = start();

    /** The first-party shop as the gateway vouches for it: every customer-facing scope, no staff role. */
    /** Ops entering payout answers and enrolling merchants. */
    static final Caller OPS = TestCallers.staff("olga", "ADMIN");

    static final Caller SHOP = Caller.client(
            "shop", List.of("checkout:write", "orders:read", "customers:write", "customers:read", "repayments:write"));

    @DynamicPropertySource
    static void creditLine(DynamicPropertyRegistry registry) {
        registry.add("CREDIT_LIMIT_URL", LINE::url);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    @BeforeEach
    void aWorkingCreditLine() {
        LINE.delayMillis = 0;
        LINE.failing = false;
        LINE.refuseCashWith = null;
        circuitBreakers.circuitBreaker("creditLine").reset();
    }

    /** A customer with a grade-B profile and 5,000 yuan available on the stub line. */
    String newCustomer() {
        String customer = "c-" + UUID.randomUUID().toString().substring(0, 8);
        LINE.available.put(customer, new BigDecimal("5000.00"));
        jdbc.update("INSERT INTO customer_profile (customer_id, grade, updated_at) VALUES (?, 'B', now())", customer);
        return customer;
    }

    /** The shop, with every scope (and ADMIN rights). */
    ResponseEntity<String> post(String path, String json) {
        return post(TestCallers.EVERYTHING, path, json);
    }

    ResponseEntity<String> post(Caller caller, String path, String json) {
        return TestHttp.as(port, caller)
                .post()
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .body(json)
                .retrieve()
                .toEntity(String.class);
    }

    ResponseEntity<String> get(Caller caller, String path) {
        return TestHttp.as(port, caller).get().uri(path).retrieve().toEntity(String.class);
    }

    /** An authorisation from the customer's own phone (one device a customer, as in life). */
    ResponseEntity<String> authorise(Caller caller, String orderId, String customer, String amount) {
        return post(
                caller,
                "/api/v1/orders/" + orderId + "/authorisation",
                "{\"customerId\":\"" + customer + "\",\"amount\":{\"amount\":\"" + amount + "\",\"currency\":\"CNY\"},"
                        + "\"device\":{\"deviceId\":\"phone-" + customer
                        + "\",\"latitude\":31.23,\"longitude\":121.47}}");
    }

    ResponseEntity<String> capture(Caller caller, String orderId, String captureId, String amount, int installments) {
        return post(
                caller,
                "/api/v1/orders/" + orderId + "/captures",
                "{\"captureId\":\"" + captureId + "\",\"amount\":{\"amount\":\"" + amount
                        + "\",\"currency\":\"CNY\"},\"method\":\"FLAT_MONTHLY_FEE\",\"installmentCount\":"
                        + installments
                        + "}");
    }

    /** The events in the outbox about an order or a draw (a draw's id is its plan's order id). */
    int outboxEventsOf(String orderId) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM outbox_event WHERE envelope->'payload'->>'orderId' = ?", Integer.class, orderId);
    }

    /** A payout provider's answer about a draw, as an admin enters it. */
    ResponseEntity<String> payoutOutcome(String drawId, String json) {
        return TestHttp.as(port, OPS)
                .post()
                .uri("/api/v1/admin/cash-draws/" + drawId + "/payout-outcome")
                .header("Audit-Reason", "the bank's answer, ticket 7")
                .contentType(MediaType.APPLICATION_JSON)
                .body(json)
                .retrieve()
                .toEntity(String.class);
    }

    /** The draw at {@code path} once it has {@code status} (the payout is answered asynchronously). */
    String awaitStatus(Caller caller, String path, String status) {
        AtomicReference<String> body = new AtomicReference<>();
        await().alias(path + " becoming " + status)
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    body.set(get(caller, path).getBody());
                    return status.equals(JsonPath.read(body.get(), "$.status"));
                });
        return body.get();
    }

    private static StubCreditLine start() {
        try {
            return new StubCreditLine();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
