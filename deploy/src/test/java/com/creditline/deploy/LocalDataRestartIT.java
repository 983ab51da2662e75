package com.creditline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The local platform keeps its data across restarts: rows written to PostgreSQL and messages
 * written to Kafka are there again after both are stopped and started on the same data folder.
 */
class LocalDataRestartIT {

    @Test
    void shouldKeepDatabaseRowsAndKafkaMessagesAcrossARestart() throws Exception {
        Path data = Files.createTempDirectory("restart-it");
        String marker = UUID.randomUUID().toString();

        try (PostgresServer postgres = PostgresServer.start(data.resolve("postgres"), 0);
                Connection c = DriverManager.getConnection(postgres.jdbcUrl(), "postgres", "")) {
            c.createStatement().execute("CREATE TABLE public.marker (value text)");
            c.createStatement().execute("INSERT INTO public.marker VALUES ('" + marker + "')");
        }
        try (KafkaBroker kafka = KafkaBroker.start(data.resolve("kafka"), Ports.anyFree());
                var producer = new KafkaProducer<>(
                        Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                        new StringSerializer(),
                        new StringSerializer())) {
            producer.send(new ProducerRecord<>("restart.marker", marker)).get();
        }

        try (PostgresServer postgres = PostgresServer.start(data.resolve("postgres"), 0);
                Connection c = DriverManager.getConnection(postgres.jdbcUrl(), "postgres", "");
                ResultSet rs = c.createStatement().executeQuery("SELECT value FROM public.marker")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(marker);
        }
        try (KafkaBroker kafka = KafkaBroker.start(data.resolve("kafka"), Ports.anyFree());
                var consumer = new KafkaConsumer<>(
                        Map.<String, Object>of(
                                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                                ConsumerConfig.GROUP_ID_CONFIG, "restart-check",
                                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                        new StringDeserializer(),
                        new StringDeserializer())) {
            consumer.subscribe(List.of("restart.marker"));
            List<String> seen = new java.util.ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (seen.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> seen.add(r.value()));
            }
            assertThat(seen).containsExactly(marker);
        }
    }
}
