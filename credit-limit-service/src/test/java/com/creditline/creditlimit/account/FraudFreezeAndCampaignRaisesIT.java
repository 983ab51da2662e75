package com.creditline.creditlimit.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditline.common.event.EventEnvelope;
import com.creditline.common.event.EventTypes;
import com.creditline.common.event.IntegrationEvent;
import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import com.creditline.common.security.Caller;
import com.creditline.common.test.RealInfrastructure;
import com.creditline.common.test.TestCallers;
import com.creditline.common.test.TestHttp;
import com.creditline.common.time.BusinessClock;
import com.creditline.common.time.BusinessDates;
import com.creditline.creditlimit.account.model.AccountStatus;
import com.creditline.creditlimit.account.model.ChangingStatus;
import com.creditline.creditlimit.account.model.OpeningCreditLine;
import com.creditline.events.checkout.CheckoutTopics;
import com.creditline.events.checkout.OrderDeclinedForFraud;
import com.creditline.events.risk.CampaignRaiseOffered;
import com.creditline.events.risk.RiskTopics;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fraud decline and a festival campaign's offer reach the line through Kafka, as checkout and
 * risk publish them; the officer's unfreeze and the line's view and history go through the HTTP
 * API; the business date moves as end of day would move it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class FraudFreezeAndCampaignRaisesIT {

    static final Caller CREDIT_OFFICER = TestCallers.staff("olga", "CREDIT_OFFICER");

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CreditLineServicing lines;

    @Autowired
    BusinessDates businessDates;

    @Autowired
    BusinessClock clock;

    @Autowired
    RaiseDating raiseDating;

    @Test
    void shouldFreezeOnAFraudDeclineKeepItThroughACureAndLetTheOfficerUnfreeze() {
        String customer = newCustomer("5000.00");
        lines.delinquencyChanged(CustomerId.of(customer), 4);
        String order = "order-" + customer;

        send(
                CheckoutTopics.ORDERS,
                new OrderDeclinedForFraud(
                        order, customer, Money.of("1299.00"), List.of("BLOCKED_DEVICE", "FAR_LOCATION")));

        await().atMost(Duration.ofSeconds(30)).until(() -> status(customer).equals("FROZEN"));
        JsonNode frozen = changes(customer).getLast();
        assertThat(frozen.get("kind").asString()).isEqualTo("STATUS_CHANGED");
        assertThat(frozen.get("oldStatus").asString()).isEqualTo("DELINQUENT");
        assertThat(frozen.get("actor").asString()).isEqualTo("fraud-check");
        assertThat(frozen.get("reason").asString())
                .isEqualTo("fraud decline of order " + order + ": BLOCKED_DEVICE, FAR_LOCATION");

        // Repayment says the arrears are cured: an automatic rule, which never lifts a freeze.
        lines.delinquencyChanged(CustomerId.of(customer), 0);
        assertThat(status(customer)).isEqualTo("FROZEN");

        ResponseEntity<JsonNode> unfrozen = TestHttp.as(port, CREDIT_OFFICER)
                .put()
                .uri("/api/v1/admin/credit-accounts/{c}/status", customer)
                .body(Map.of("status", "ACTIVE", "reason", "customer confirmed the order by phone"))
                .retrieve()
                .toEntity(JsonNode.class);
        assertThat(unfrozen.getStatusCode().value()).isEqualTo(200);
        assertThat(unfrozen.getBody().get("status").asString()).isEqualTo("ACTIVE");
        JsonNode lifted = changes(customer).getLast();
        assertThat(lifted.get("oldStatus").asString()).isEqualTo("FROZEN");
        assertThat(lifted.get("newStatus").asString()).isEqualTo("ACTIVE");
        assertThat(lifted.get("actor").asString()).isEqualTo("staff:olga");
        assertThat(lifted.get("reason").asString()).isEqualTo("customer confirmed the order by phone");
    }

    @Test
    void shouldLeaveAClosedLineClosedOnAFraudDeclineWithoutADeadLetter() {
        String customer = newCustomer("5000.00");
        lines.changeStatus(
                new ChangingStatus(CustomerId.of(customer), AccountStatus.CLOSED, "collections", "charged off"));

        UUID eventId = send(
                CheckoutTopics.ORDERS,
                new OrderDeclinedForFraud("order-" + customer, customer, Money.of("99.00"), List.of("VELOCITY")));

        awaitProcessed(eventId);
        assertThat(status(customer)).isEqualTo("CLOSED");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM dead_letter WHERE message_key = ?", Integer.class, customer))
                .isZero();
    }

    @Test
    void shouldPlaceACampaignRaiseOnceAndRecordItsStartAndLapseAsTheBusinessDateMoves() {
        String customer = newCustomer("10000.00");
        LocalDate today = clock.businessDate();
        CampaignRaiseOffered offer = new CampaignRaiseOffered(
                "cmp-618-" + customer,
                "618",
                customer,
                new BigDecimal("20"),
                null,
                today.plusDays(1),
                today.plusDays(3));

        UUID first = send(RiskTopics.DECISIONS, offer);
        UUID redelivered = send(RiskTopics.DECISIONS, offer);
        awaitProcessed(first);
        awaitProcessed(redelivered);

        JsonNode raise = singleRaise(customer);
        assertThat(raise.get("amount").get("amount").asString()).isEqualTo("2000.00");
        assertThat(raise.get("source").asString()).isEqualTo("CAMPAIGN");
        assertThat(raise.get("placedBy").asString()).isEqualTo("campaign 618");
        assertThat(raise.get("campaignId").asString()).isEqualTo(offer.campaignId());
        assertThat(raise.get("state").asString()).isEqualTo("UPCOMING");
        assertThat(kinds(customer)).containsOnlyOnce("TEMPORARY_RAISE_ADDED").doesNotContain("TEMPORARY_RAISE_STARTED");
        JsonNode added = changesOf(customer, "TEMPORARY_RAISE_ADDED").getFirst();
        assertThat(added.get("actor").asString()).isEqualTo("campaign 618");

        moveBusinessDateTo(today.plusDays(1));
        moveBusinessDateTo(today.plusDays(2));

        assertThat(singleRaise(customer).get("state").asString()).isEqualTo("IN_FORCE");
        assertThat(line(customer).get("effectiveLimit").get("amount").asString())
                .isEqualTo("12000.00");
        JsonNode started = changesOf(customer, "TEMPORARY_RAISE_STARTED").getFirst();
        assertThat(started.get("reason").asString()).contains("(campaign 618)");
        assertThat(started.get("newLimit").get("amount").asString()).isEqualTo("12000.00");

        moveBusinessDateTo(today.plusDays(4));
        moveBusinessDateTo(today.plusDays(5));

        assertThat(singleRaise(customer).get("state").asString()).isEqualTo("LAPSED");
        assertThat(line(customer).get("effectiveLimit").get("amount").asString())
                .isEqualTo("10000.00");
        assertThat(kinds(customer))
                .containsOnlyOnce("TEMPORARY_RAISE_ADDED", "TEMPORARY_RAISE_STARTED", "TEMPORARY_RAISE_LAPSED");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM outbox_event WHERE event_type = 'CreditLimitChanged' AND message_key = ?",
                        Integer.class,
                        customer))
                .isEqualTo(2);
    }

    @Test
    void shouldCapTheCampaignRaiseOfALineNearTheCeiling() {
        String customer = newCustomer("199500.00");
        LocalDate today = clock.businessDate();

        awaitProcessed(send(
                RiskTopics.DECISIONS,
                new CampaignRaiseOffered(
                        "cmp-d11-" + customer,
                        "Double 11",
                        customer,
                        null,
                        new BigDecimal("5000"),
                        today,
                        today.plusDays(10))));

        assertThat(singleRaise(customer).get("amount").get("amount").asString()).isEqualTo("500.00");
        assertThat(line(customer).get("effectiveLimit").get("amount").asString())
                .isEqualTo("200000.00");
        assertThat(changesOf(customer, "TEMPORARY_RAISE_ADDED")
                        .getFirst()
                        .get("reason")
                        .asString())
                .contains("capped at the ceiling of 200000.00 (offered 5000.00)");
        assertThat(kinds(customer)).containsOnlyOnce("TEMPORARY_RAISE_STARTED");
    }

    /** End of day reached {@code date}: the line follows it, and the schedule records what is due. */
    private void moveBusinessDateTo(LocalDate date) {
        businessDates.follow(date);
        raiseDating.recordDue(date);
    }

    private String newCustomer(String limit) {
        String customer = "it-events-" + UUID.randomUUID().toString().substring(0, 8);
        lines.open(new OpeningCreditLine(
                CustomerId.of(customer), Money.of(limit), "B", "TIER_B", "test", "opened for a test"));
        return customer;
    }

    /** Sends an event as its owner's outbox relay would: an envelope with a new event id, keyed by customer. */
    private UUID send(String topic, IntegrationEvent event) {
        UUID eventId = UUID.randomUUID();
        EventEnvelope envelope = new EventEnvelope(
                eventId,
                EventTypes.nameOf(event.getClass()),
                EventTypes.versionOf(event.getClass()),
                event.aggregateId(),
                event.customerKey(),
                Instant.now(),
                "it-" + eventId,
                json.valueToTree(event));
        kafka.send(topic, event.customerKey(), json.writeValueAsString(envelope))
                .join();
        return eventId;
    }

    private void awaitProcessed(UUID eventId) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM inbox_event WHERE event_id = ?", Integer.class, eventId)
                        == 1);
    }

    private JsonNode line(String customer) {
        return TestHttp.to(port)
                .get()
                .uri("/api/v1/credit-accounts/{c}", customer)
                .retrieve()
                .body(JsonNode.class);
    }

    private String status(String customer) {
        return line(customer).get("status").asString();
    }

    private JsonNode singleRaise(String customer) {
        JsonNode raises = line(customer).get("temporaryRaises");
        assertThat(raises.size()).isEqualTo(1);
        return raises.get(0);
    }

    private List<JsonNode> changes(String customer) {
        JsonNode changes = TestHttp.as(port, CREDIT_OFFICER)
                .get()
                .uri("/api/v1/credit-accounts/{c}/changes", customer)
                .retrieve()
                .body(JsonNode.class);
        return StreamSupport.stream(changes.spliterator(), false).toList();
    }

    private List<JsonNode> changesOf(String customer, String kind) {
        return changes(customer).stream()
                .filter(c -> c.get("kind").asString().equals(kind))
                .toList();
    }

    private List<String> kinds(String customer) {
        return changes(customer).stream().map(c -> c.get("kind").asString()).toList();
    }
}
