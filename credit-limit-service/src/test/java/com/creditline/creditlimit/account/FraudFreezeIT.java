package com.creditline.creditlimit.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import com.creditline.common.test.TestHttp;
import com.creditline.creditlimit.account.model.AccountStatus;
import com.creditline.creditlimit.account.model.ChangingStatus;
import com.creditline.events.checkout.CheckoutTopics;
import com.creditline.events.checkout.OrderDeclinedForFraud;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/**
 * A fraud decline reaches the line through Kafka as checkout publishes it; the officer's unfreeze
 * and the line's history go through the HTTP API.
 */
class FraudFreezeIT extends LineEventsIntegration {

    @Test
    void shouldFreezeOnAFraudDeclineKeepItThroughACureAndLetTheOfficerUnfreeze() {
        String customer = probe.newCustomer("5000.00");
        lines.delinquencyChanged(CustomerId.of(customer), 4);
        String order = "order-" + customer;

        probe.send(
                CheckoutTopics.ORDERS,
                new OrderDeclinedForFraud(
                        order, customer, Money.of("1299.00"), List.of("BLOCKED_DEVICE", "FAR_LOCATION")));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> probe.status(customer).equals("FROZEN"));
        JsonNode frozen = probe.changes(customer).getLast();
        assertThat(frozen.get("kind").asString()).isEqualTo("STATUS_CHANGED");
        assertThat(frozen.get("oldStatus").asString()).isEqualTo("DELINQUENT");
        assertThat(frozen.get("actor").asString()).isEqualTo("fraud-check");
        assertThat(frozen.get("reason").asString())
                .isEqualTo("fraud decline of order " + order + ": BLOCKED_DEVICE, FAR_LOCATION");

        // Repayment says the arrears are cured: an automatic rule, which never lifts a freeze.
        lines.delinquencyChanged(CustomerId.of(customer), 0);
        assertThat(probe.status(customer)).isEqualTo("FROZEN");

        ResponseEntity<JsonNode> unfrozen = TestHttp.as(port, LineProbe.CREDIT_OFFICER)
                .put()
                .uri("/api/v1/admin/credit-accounts/{c}/status", customer)
                .body(Map.of("status", "ACTIVE", "reason", "customer confirmed the order by phone"))
                .retrieve()
                .toEntity(JsonNode.class);
        assertThat(unfrozen.getStatusCode().value()).isEqualTo(200);
        assertThat(unfrozen.getBody().get("status").asString()).isEqualTo("ACTIVE");
        JsonNode lifted = probe.changes(customer).getLast();
        assertThat(lifted.get("oldStatus").asString()).isEqualTo("FROZEN");
        assertThat(lifted.get("newStatus").asString()).isEqualTo("ACTIVE");
        assertThat(lifted.get("actor").asString()).isEqualTo("staff:olga");
        assertThat(lifted.get("reason").asString()).isEqualTo("customer confirmed the order by phone");
    }

    @Test
    void shouldLeaveAClosedLineClosedOnAFraudDeclineWithoutADeadLetter() {
        String customer = probe.newCustomer("5000.00");
        lines.changeStatus(
                new ChangingStatus(CustomerId.of(customer), AccountStatus.CLOSED, "repayment", "charged off"));

        probe.awaitProcessed(probe.send(
                CheckoutTopics.ORDERS,
                new OrderDeclinedForFraud("order-" + customer, customer, Money.of("99.00"), List.of("VELOCITY"))));

        assertThat(probe.status(customer)).isEqualTo("CLOSED");
        assertThat(probe.deadLetters(customer)).isZero();
    }

    @Test
    void shouldTakeAFraudDeclineForACustomerWithoutALineWithoutADeadLetter() {
        String stranger = "it-no-line-" + UUID.randomUUID().toString().substring(0, 8);

        probe.awaitProcessed(probe.send(
                CheckoutTopics.ORDERS,
                new OrderDeclinedForFraud("order-" + stranger, stranger, Money.of("99.00"), List.of("VELOCITY"))));

        assertThat(probe.deadLetters(stranger)).isZero();
    }
}
