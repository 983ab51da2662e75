package com.creditline.creditlimit.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.error.RuleViolation;
import com.creditline.common.id.CustomerId;
import com.creditline.common.id.OrderId;
import com.creditline.common.money.Money;
import com.creditline.common.test.TestHttp;
import com.creditline.common.time.BusinessClock;
import com.creditline.creditlimit.account.model.AddingTemporaryRaise;
import com.creditline.creditlimit.account.model.BorrowerCeilingReached;
import com.creditline.creditlimit.account.model.CashLimitExceeded;
import com.creditline.creditlimit.account.model.CreditAccount;
import com.creditline.creditlimit.account.model.Hold;
import com.creditline.creditlimit.account.model.PlacingHold;
import com.creditline.events.repayment.DelinquencyChanged;
import com.creditline.events.repayment.PrincipalReduced;
import com.creditline.events.repayment.RepaymentTopics;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/**
 * Cash draws on a line, as checkout places them (a CASH hold through the internal API) and as
 * repayment gives their principal back ({@code PrincipalReduced} of product CASH through Kafka), on
 * real PostgreSQL and Kafka; and the cash limit and the borrower's ceiling under racing requests.
 */
class CashDrawIT extends LineEventsIntegration {

    @Autowired
    CreditAccounts accounts;

    @Autowired
    BusinessClock clock;

    @Test
    void shouldPlaceACashHoldWithinTheCashLimitAndRefuseOneAboveItWithAProblem() {
        String customer = probe.newCustomer("10000.00");

        ResponseEntity<JsonNode> placed = placeHold(customer, "draw-1-" + customer, "4000.00", "CASH");
        ResponseEntity<JsonNode> refused = placeHold(customer, "draw-2-" + customer, "1000.01", "CASH");

        assertThat(placed.getStatusCode().value()).isEqualTo(201);
        assertThat(placed.getBody().get("purpose").asString()).isEqualTo("CASH");
        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(refused.getBody().get("type").asString()).endsWith("/cash-limit-exceeded");
        assertThat(refused.getBody().get("detail").asString())
                .isEqualTo("The amount is more than the 1000.00 CNY the credit line has available for cash.");
        JsonNode line = probe.line(customer);
        assertThat(amount(line, "cashLimit")).isEqualTo("5000.00");
        assertThat(amount(line, "cashAvailable")).isEqualTo("1000.00");
        assertThat(amount(line, "cashOutstanding")).isEqualTo("0.00");
        assertThat(amount(line, "available")).isEqualTo("6000.00");
        assertThat(line.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(line.get("grade").asString()).isEqualTo("B");
        assertThat(line.get("openedAt").asString()).isNotBlank();
        assertThat(placeHold(customer, "order-" + customer, "6000.00", null)
                        .getBody()
                        .get("purpose")
                        .asString())
                .isEqualTo("PURCHASE");
    }

    @Test
    void shouldRestoreCashAvailableWhenADrawIsCapturedAndItsPrincipalComesBackOnce() {
        String customer = probe.newCustomer("10000.00");
        String draw = "draw-" + customer;
        placeHold(customer, draw, "3000.00", "CASH");
        ResponseEntity<JsonNode> captured = TestHttp.to(port)
                .post()
                .uri("/internal/v1/credit-accounts/{c}/holds/{o}/captures", customer, draw)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("captureId", "cap-" + customer, "amount", Money.of("3000.00")))
                .retrieve()
                .toEntity(JsonNode.class);
        assertThat(captured.getStatusCode().value()).isEqualTo(200);
        assertThat(amount(probe.line(customer), "cashOutstanding")).isEqualTo("3000.00");
        assertThat(amount(probe.line(customer), "cashAvailable")).isEqualTo("2000.00");

        UUID repaid = probe.send(
                RepaymentTopics.LEDGER,
                new PrincipalReduced(customer, UUID.randomUUID(), Money.of("1000.00"), "REPAYMENT", "CASH"));
        probe.awaitProcessed(repaid);
        probe.send(
                RepaymentTopics.LEDGER,
                new PrincipalReduced(customer, UUID.randomUUID(), Money.of("1000.00"), "REPAYMENT", "CASH"),
                repaid);
        probe.awaitProcessed(probe.send(
                RepaymentTopics.LEDGER, new DelinquencyChanged(customer, 0, Money.ZERO, null, clock.businessDate())));

        JsonNode line = probe.line(customer);
        assertThat(amount(line, "cashOutstanding")).isEqualTo("2000.00");
        assertThat(amount(line, "outstanding")).isEqualTo("2000.00");
        assertThat(amount(line, "cashAvailable")).isEqualTo("3000.00");
        assertThat(probe.deadLetters(customer)).isZero();
    }

    @Test
    void shouldNeverLetRacingCashHoldsPassTheCashLimit() throws Exception {
        CustomerId customer = CustomerId.of(probe.newCustomer("10000.00"));

        List<Boolean> won = race(40, i -> place(customer, "cash-race-" + i, "300.00", Hold.Purpose.CASH));

        assertThat(won.stream().filter(w -> w).count()).isEqualTo(16);
        CreditAccount account = accounts.findById(customer).orElseThrow();
        assertThat(account.cash().held()).isEqualTo(Money.of("4800.00"));
        assertThat(account.held()).isEqualTo(Money.of("4800.00"));
        assertThat(heldInHolds(customer, "CASH")).isEqualByComparingTo("4800.00");
    }

    @Test
    void shouldNeverLetRacingPurchasesAndDrawsPassTheCeilingOnALineRaisedTo230000() throws Exception {
        CustomerId customer = CustomerId.of(probe.newCustomer("200000.00"));
        lines.addTemporaryRaise(new AddingTemporaryRaise(
                customer,
                Money.of("30000.00"),
                clock.businessDate(),
                clock.businessDate().plusDays(10),
                "staff:olga",
                "Double 11"));
        assertThat(amount(probe.line(customer.value()), "effectiveLimit")).isEqualTo("200000.00");

        List<Boolean> won = race(
                60,
                i -> place(
                        customer,
                        "mixed-race-" + i,
                        "5000.00",
                        i % 2 == 0 ? Hold.Purpose.PURCHASE : Hold.Purpose.CASH));

        assertThat(won.stream().filter(w -> w).count()).isEqualTo(40);
        CreditAccount account = accounts.findById(customer).orElseThrow();
        assertThat(account.outstanding().plus(account.held())).isEqualTo(Money.of("200000.00"));
        assertThat(account.cash().held()).isLessThanOrEqualTo(Money.of("100000.00"));
        assertThat(heldInHolds(customer, "PURCHASE").add(heldInHolds(customer, "CASH")))
                .isEqualByComparingTo("200000.00");
        assertThat(heldInHolds(customer, "CASH"))
                .isEqualByComparingTo(account.cash().held().amount());
        JsonNode line = probe.line(customer.value());
        assertThat(amount(line, "available")).isEqualTo("0.00");
        assertThat(amount(line, "cashAvailable")).isEqualTo("0.00");
    }

    interface Attempt {
        void run(int i);
    }

    /** Runs the attempts from 16 threads at once; true for each the line took, false for each it refused. */
    private static List<Boolean> race(int attempts, Attempt attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                int n = i;
                Callable<Boolean> one = () -> {
                    try {
                        attempt.run(n);
                        return true;
                    } catch (CashLimitExceeded | BorrowerCeilingReached refused) {
                        return false;
                    } catch (RuleViolation unexpected) {
                        throw new AssertionError("refused for another reason: " + unexpected.getMessage());
                    }
                };
                results.add(pool.submit(one));
            }
            List<Boolean> won = new ArrayList<>();
            for (Future<Boolean> result : results) {
                won.add(result.get());
            }
            return won;
        } finally {
            pool.shutdown();
        }
    }

    private void place(CustomerId customer, String orderId, String amount, Hold.Purpose purpose) {
        lines.placeHold(
                new PlacingHold(customer, OrderId.of(orderId + "-" + customer.value()), Money.of(amount), purpose));
    }

    private BigDecimal heldInHolds(CustomerId customer, String purpose) {
        return probe.jdbc()
                .queryForObject(
                        "SELECT coalesce(sum(amount - captured - released), 0) FROM hold"
                                + " WHERE customer_id = ? AND purpose = ? AND status = 'OPEN'",
                        BigDecimal.class,
                        customer.value(),
                        purpose);
    }

    private ResponseEntity<JsonNode> placeHold(String customer, String orderId, String amount, String purpose) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("orderId", orderId);
        body.put("amount", Money.of(amount));
        if (purpose != null) {
            body.put("purpose", purpose);
        }
        return TestHttp.to(port)
                .post()
                .uri("/internal/v1/credit-accounts/{c}/holds", customer)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .toEntity(JsonNode.class);
    }

    private static String amount(JsonNode line, String field) {
        return line.get(field).get("amount").asString();
    }
}
