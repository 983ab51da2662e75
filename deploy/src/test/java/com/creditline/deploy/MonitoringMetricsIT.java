package com.creditline.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every metric a dashboard or an alert in {@code deploy/monitoring} reads is one the services of
 * the running platform expose at {@code /actuator/prometheus}: after an application, an
 * authorisation and capture, an end of day and a dead letter, so that the meters registered on
 * first use exist too. The names each service exposes are written to {@code
 * target/monitoring/exposed-metrics.txt}.
 */
class MonitoringMetricsIT {

    /** Prometheus's own series, which no service exposes. */
    static final Set<String> PROMETHEUS_OWN = Set.of("up");

    static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static Platform platform;

    @BeforeAll
    static void driveTheStoryThatRegistersTheMeters() throws Exception {
        platform = TestPlatform.get();
        GatewayClient shop = GatewayClient.asShop(platform.gatewayUrl());
        GatewayClient alice =
                GatewayClient.asStaff(platform.gatewayUrl(), "alice").because("monitoring metrics check");
        PlatformSteps steps = new PlatformSteps(shop, alice);
        String customer = "mon-" + UUID.randomUUID().toString().substring(0, 8);
        GatewayClient.Reply decision = shop.post("/api/v1/applications", CustomerStory.application(customer));
        assertThat(decision.status()).as(decision.body().toString()).isEqualTo(201);
        shop.await(PlatformSteps.linePath(customer), r -> r.status() == 200, PlatformSteps.EVENTUALLY);
        steps.buyInThree(customer, "300.00");
        steps.endOfDay(LocalDate.parse(steps.businessDate()).plusDays(1));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers()),
                new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>("risk.decisions.v1", "poison", "not an event " + customer))
                    .get();
        }
    }

    @Test
    void shouldExposeEveryMetricTheDashboardsAndAlertsRead() throws Exception {
        Set<String> wanted = MonitoringQueries.allMetricNames();
        wanted.removeAll(PROMETHEUS_OWN);
        // Meters registered at first use may appear a moment after the calls that use them.
        AtomicReference<Map<String, Set<String>>> exposed = new AtomicReference<>(Map.of());
        try {
            await().atMost(PlatformSteps.EVENTUALLY)
                    .pollInterval(Duration.ofSeconds(2))
                    .until(() -> {
                        exposed.set(exposedByService());
                        return missing(wanted, exposed.get()).isEmpty();
                    });
        } catch (ConditionTimeoutException stillMissing) {
            // the assertion below names what is missing
        }
        write(exposed.get());
        Set<String> missing = missing(wanted, exposed.get());

        assertThat(missing)
                .as("metrics the dashboards or alerts read that no service exposes (see"
                        + " target/monitoring/exposed-metrics.txt)")
                .isEmpty();
        assertThat(wanted).hasSizeGreaterThan(15);
    }

    private static Set<String> missing(Set<String> wanted, Map<String, Set<String>> exposed) {
        Set<String> missing = new TreeSet<>(wanted);
        exposed.values().forEach(missing::removeAll);
        return missing;
    }

    /** The sample names each service exposes (the gateway's among them). */
    private static Map<String, Set<String>> exposedByService() throws Exception {
        Map<String, Set<String>> exposed = new TreeMap<>();
        for (Service service : Service.values()) {
            String base = service == Service.GATEWAY ? platform.gatewayUrl() : platform.serviceUrl(service.shortName);
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus"))
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(service.module).isEqualTo(200);
            exposed.put(
                    service.shortName,
                    response.body()
                            .lines()
                            .filter(line -> !line.isBlank() && !line.startsWith("#"))
                            .map(line -> line.split("[{ ]", 2)[0])
                            .collect(Collectors.toCollection(TreeSet::new)));
        }
        return exposed;
    }

    private static void write(Map<String, Set<String>> exposed) throws Exception {
        Path file = TestPlatform.PROJECT.resolve("deploy/target/monitoring/exposed-metrics.txt");
        Files.createDirectories(file.getParent());
        StringBuilder text = new StringBuilder();
        exposed.forEach((service, names) ->
                names.forEach(n -> text.append(service).append(' ').append(n).append('\n')));
        Files.writeString(file, text);
    }
}
