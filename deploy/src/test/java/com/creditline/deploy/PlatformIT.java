package com.creditline.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole platform as the launcher starts it: a real PostgreSQL, a real Kafka broker and the six
 * services from their packaged jars, reached through the gateway.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformIT {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();

    static Platform platform;
    static Map<String, String> shop;

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = TestPlatform.get();
        shop = GatewayClient.asShop(platform.gatewayUrl()).credentials();
    }

    @Test
    @Order(1)
    void shouldAnswerEveryServiceHealthThroughTheGateway() throws Exception {
        for (String service : new String[] {"credit-limit", "checkout", "repayment", "risk-scoring", "collections"}) {
            HttpResponse<String> response = get(platform.gatewayUrl() + "/services/" + service + "/health");
            assertThat(response.statusCode()).as(service).isEqualTo(200);
            assertThat(field(response, "status")).as(service).isEqualTo("UP");
        }
        HttpResponse<String> gateway = get(platform.gatewayUrl() + "/actuator/health");
        assertThat(gateway.statusCode()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void shouldCarryAnApprovalFromRiskToTheCreditLineExactlyOnceEvenWhenDeliveredTwice() throws Exception {
        String customer = "it-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> decision =
                post(platform.gatewayUrl() + "/api/v1/applications", CustomerStory.application(customer));
        assertThat(decision.statusCode()).isEqualTo(201);
        assertThat(field(decision, "decision")).isEqualTo("APPROVED");

        await().atMost(Duration.ofSeconds(60))
                .until(() -> get(platform.gatewayUrl() + "/api/v1/credit-accounts/" + customer)
                                .statusCode()
                        == 200);
        assertThat(field(get(platform.gatewayUrl() + "/api/v1/credit-accounts/" + customer), "status"))
                .isEqualTo("ACTIVE");

        // Deliver the very same event again, as Kafka may after a producer retry or a rebalance.
        String envelope =
                queryString("SELECT envelope::text FROM risk_scoring.outbox_event WHERE message_key = ?", customer);
        String eventId =
                queryString("SELECT event_id::text FROM risk_scoring.outbox_event WHERE message_key = ?", customer);
        double duplicatesBefore = duplicatesSeenByCreditLimit();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers()),
                new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>("risk.decisions.v1", customer, envelope))
                    .get();
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> duplicatesSeenByCreditLimit() > duplicatesBefore);
        assertThat(queryInt("SELECT count(*) FROM credit_limit.inbox_event WHERE event_id = ?::uuid", eventId))
                .isEqualTo(1);
        assertThat(queryInt("SELECT count(*) FROM credit_limit.account_change WHERE customer_id = ?", customer))
                .isEqualTo(1);
    }

    @Test
    @Order(3)
    void shouldAnswerAnUnknownCustomerWithA404ProblemCarryingOneCorrelationId() throws Exception {
        HttpResponse<String> missing = get(platform.gatewayUrl() + "/api/v1/credit-accounts/nobody-here");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(missing.headers().allValues("X-Correlation-Id")).hasSize(1);
    }

    private static double duplicatesSeenByCreditLimit() throws Exception {
        String metrics = HTTP.send(
                        HttpRequest.newBuilder(URI.create(platform.serviceUrl("credit-limit") + "/actuator/prometheus"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        return metrics.lines()
                .filter(l -> l.startsWith("inbox_events_total") && l.contains("outcome=\"duplicate\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    /** As the shop (health and metrics ignore the credential). */
    static HttpResponse<String> get(String url) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
        shop.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String field(HttpResponse<String> response, String name) {
        return JSON.readTree(response.body()).path(name).asString();
    }

    static HttpResponse<String> post(String url, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        shop.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String queryString(String sql, String parameter) throws SQLException {
        try (Connection c = DriverManager.getConnection(platform.jdbcUrl(), "postgres", "");
                var statement = c.prepareStatement(sql)) {
            statement.setString(1, parameter);
            ResultSet rs = statement.executeQuery();
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getString(1);
        }
    }

    private static int queryInt(String sql, String parameter) throws SQLException {
        return Integer.parseInt(queryString(sql, parameter));
    }
}
