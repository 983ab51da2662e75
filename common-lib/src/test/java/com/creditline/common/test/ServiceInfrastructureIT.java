package com.creditline.common.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.autoconfigure.KafkaTopicsAutoConfiguration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.web.client.RestClient;

/**
 * What every service must show on real infrastructure: its own schema migrated by Flyway on a real
 * PostgreSQL, a real Kafka broker reachable, health probes and metrics answering, and errors as
 * problem responses. A service's test extends this class from its own package.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
public abstract class ServiceInfrastructureIT {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    KafkaAdmin kafkaAdmin;

    @Value("${spring.flyway.schemas}")
    String schema;

    protected RestClient http() {
        return TestHttp.to(port);
    }

    @Test
    void shouldMigrateItsOwnSchemaOnARealPostgres() {
        assertThat(jdbc.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL");
        assertThat(jdbc.queryForObject("SELECT current_schema()", String.class)).isEqualTo(schema);
        Integer tables = jdbc.queryForObject(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = ?"
                        + " AND table_name IN ('outbox_event', 'inbox_event', 'flyway_schema_history',"
                        + " 'scheduled_job_lock')",
                Integer.class,
                schema);
        assertThat(tables)
                .as("the scheduled jobs' lock table too, in the service's own schema")
                .isEqualTo(4);
    }

    @Test
    void shouldReachARealKafkaBroker() throws Exception {
        Map<String, Object> config = kafkaAdmin.getConfigurationProperties();
        try (AdminClient admin = AdminClient.create(config)) {
            assertThat(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS))
                    .isNotEmpty();
            assertThat(admin.describeCluster().clusterId().get(30, TimeUnit.SECONDS))
                    .isNotBlank();
        }
    }

    @Test
    void shouldDeclareEveryPlatformTopicWithTheConfiguredPartitions(
            @Value("${creditline.kafka.partitions:12}") int partitions) {
        List<String> declared = KafkaTopicsAutoConfiguration.declared();
        Map<String, TopicDescription> topics = kafkaAdmin.describeTopics(declared.toArray(String[]::new));
        assertThat(topics).hasSize(declared.size());
        assertThat(topics.values())
                .allSatisfy(
                        topic -> assertThat(topic.partitions()).as(topic.name()).hasSize(partitions));
    }

    @Test
    void shouldAnswerHealthProbesAndMetrics() {
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            var response = http().get().uri(probe).retrieve().toEntity(String.class);
            assertThat(response.getStatusCode().value()).as(probe).isEqualTo(200);
            assertThat(response.getBody()).contains("UP");
        }
        var metrics = http().get().uri("/actuator/prometheus").retrieve().toEntity(String.class);
        assertThat(metrics.getStatusCode().value()).isEqualTo(200);
        assertThat(metrics.getBody()).contains("jvm_memory_used_bytes");
    }

    @Test
    void shouldAnswerAnUnknownPathWithAProblemAndTheCorrelationId() {
        var response = http().get()
                .uri("/api/v1/no-such-thing")
                .header("X-Correlation-Id", "test-correlation-0001")
                .retrieve()
                .toEntity(String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getHeaders().getFirst("X-Correlation-Id")).isEqualTo("test-correlation-0001");
        assertThat(response.getBody()).contains("test-correlation-0001").doesNotContain("Exception");
    }
}
