package com.creditline.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditline.common.test.RealInfrastructure;
import com.creditline.common.testapp.NoteWritten;
import com.creditline.common.testapp.Notes;
import com.creditline.common.testapp.OutboxTestApplication;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The outbox must survive a broker that is down. The broker this service talks to is not running
 * when the event is written: the event must wait in the outbox, and be published once a real
 * Kafka broker comes up on the same address. (It lives here because {@link KafkaBroker} can
 * start a broker on a chosen port; the embedded test broker cannot.)
 *
 * <p>The broker this service talks to is not running when the event is written: the event must
 * wait in the outbox, and be published once the broker comes up on the same address.
 */
@SpringBootTest(
        classes = OutboxTestApplication.class,
        properties = {
            "spring.application.name=common-lib-kafka-down-test",
            "spring.flyway.schemas=common_down",
            "spring.flyway.locations=classpath:db/common,classpath:db/testapp",
            "spring.datasource.hikari.schema=common_down",
            "creditline.outbox.poll-interval=100ms",
            "creditline.outbox.backoff-when-kafka-down=500ms",
            "creditline.outbox.send-timeout=2s",
            "spring.kafka.producer.properties.max.block.ms=1000"
        })
@RealInfrastructure(kafka = false)
class OutboxWhileKafkaDownIT {

    static final int PORT = freePort();
    static KafkaBroker lateBroker;

    @DynamicPropertySource
    static void kafkaThatIsNotThereYet(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> "localhost:" + PORT);
    }

    @Autowired
    Notes notes;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldKeepAnEventWrittenWhileKafkaIsUnreachableAndPublishItOnceKafkaIsBack() throws Exception {
        String noteId = "note-" + UUID.randomUUID();
        notes.write(noteId, "customer-3", false);

        await().atMost(Duration.ofSeconds(30)).until(() -> attempts(noteId) >= 2);
        assertThat(sent(noteId)).isFalse();
        assertThat(jdbc.queryForObject(
                        "SELECT last_error FROM outbox_event WHERE envelope->'payload'->>'noteId' = ?",
                        String.class,
                        noteId))
                .isNotBlank();

        lateBroker = KafkaBroker.start(Files.createTempDirectory("late-kafka"), PORT);

        await().atMost(Duration.ofSeconds(60)).until(() -> sent(noteId));
        assertThat(recordsFor(noteId)).hasSize(1);
    }

    @AfterAll
    static void stopBroker() {
        if (lateBroker != null) {
            lateBroker.close();
        }
    }

    private int attempts(String noteId) {
        return jdbc.queryForObject(
                "SELECT attempts FROM outbox_event WHERE envelope->'payload'->>'noteId' = ?", Integer.class, noteId);
    }

    private boolean sent(String noteId) {
        return jdbc.queryForObject(
                "SELECT sent_at IS NOT NULL FROM outbox_event WHERE envelope->'payload'->>'noteId' = ?",
                Boolean.class,
                noteId);
    }

    private List<String> recordsFor(String noteId) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + PORT,
                ConsumerConfig.GROUP_ID_CONFIG, "verifier-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(NoteWritten.TOPIC));
            long deadline = System.currentTimeMillis() + 15_000;
            while (System.currentTimeMillis() < deadline && found.isEmpty()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.value().contains(noteId)) {
                        found.add(record.value());
                    }
                }
            }
            // one more poll, so that a second copy would be seen
            consumer.poll(Duration.ofSeconds(2)).forEach(r -> {
                if (r.value().contains(noteId)) {
                    found.add(r.value());
                }
            });
        }
        return found;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
