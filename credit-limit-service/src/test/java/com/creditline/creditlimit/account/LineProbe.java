package com.creditline.creditlimit.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditline.common.event.EventEnvelope;
import com.creditline.common.event.EventTypes;
import com.creditline.common.event.IntegrationEvent;
import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import com.creditline.common.security.Caller;
import com.creditline.common.test.TestCallers;
import com.creditline.common.test.TestHttp;
import com.creditline.creditlimit.account.model.OpeningCreditLine;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the event ITs do to a line and read of it: events sent through Kafka as their owners'
 * outbox relays send them, the line and its history read through the HTTP API.
 */
record LineProbe(
        int port, KafkaTemplate<String, String> kafka, JsonMapper json, JdbcTemplate jdbc, CreditLineServicing lines) {

    static final Caller CREDIT_OFFICER = TestCallers.staff("olga", "CREDIT_OFFICER");

    /** A probe of the service a test context runs on {@code port}. */
    @SuppressWarnings("unchecked")
    static LineProbe of(ApplicationContext context, int port) {
        return new LineProbe(
                port,
                context.getBean(KafkaTemplate.class),
                context.getBean(JsonMapper.class),
                context.getBean(JdbcTemplate.class),
                context.getBean(CreditLineServicing.class));
    }

    String newCustomer(String limit) {
        String customer = "it-events-" + UUID.randomUUID().toString().substring(0, 8);
        lines.open(new OpeningCreditLine(
                CustomerId.of(customer), Money.of(limit), "B", "TIER_B", "test", "opened for a test"));
        return customer;
    }

    /** Sends an event as its owner's outbox relay would: an envelope with a new event id, keyed by customer. */
    UUID send(String topic, IntegrationEvent event) {
        return send(topic, event, UUID.randomUUID());
    }

    /** Sends an event under a given event id: the same id again is a redelivery. */
    UUID send(String topic, IntegrationEvent event, UUID eventId) {
        EventEnvelope envelope = new EventEnvelope(
                eventId,
                EventTypes.nameOf(event.getClass()),
                EventTypes.versionOf(event.getClass()),
                event.aggregateId(),
                event.customerKey(),
                Instant.now(),
                "it-" + eventId,
                json.valueToTree(event),
                null);
        kafka.send(topic, event.customerKey(), json.writeValueAsString(envelope))
                .join();
        return eventId;
    }

    void awaitProcessed(UUID eventId) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM inbox_event WHERE event_id = ?", Integer.class, eventId)
                        == 1);
    }

    int deadLetters(String customer) {
        return jdbc.queryForObject("SELECT count(*) FROM dead_letter WHERE message_key = ?", Integer.class, customer);
    }

    JsonNode line(String customer) {
        return TestHttp.to(port)
                .get()
                .uri("/api/v1/credit-accounts/{c}", customer)
                .retrieve()
                .body(JsonNode.class);
    }

    String status(String customer) {
        return line(customer).get("status").asString();
    }

    String effectiveLimit(String customer) {
        return line(customer).get("effectiveLimit").get("amount").asString();
    }

    JsonNode singleRaise(String customer) {
        JsonNode raises = line(customer).get("temporaryRaises");
        assertThat(raises.size()).isEqualTo(1);
        return raises.get(0);
    }

    List<JsonNode> changes(String customer) {
        JsonNode changes = TestHttp.as(port, CREDIT_OFFICER)
                .get()
                .uri("/api/v1/credit-accounts/{c}/changes", customer)
                .retrieve()
                .body(JsonNode.class);
        return StreamSupport.stream(changes.spliterator(), false).toList();
    }

    List<JsonNode> changesOf(String customer, String kind) {
        return changes(customer).stream()
                .filter(c -> c.get("kind").asString().equals(kind))
                .toList();
    }

    List<String> kinds(String customer) {
        return changes(customer).stream().map(c -> c.get("kind").asString()).toList();
    }
}
