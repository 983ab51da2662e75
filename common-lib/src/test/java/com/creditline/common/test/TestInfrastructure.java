package com.creditline.common.test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The real PostgreSQL and Kafka of this test JVM, started on first use and stopped when the JVM
 * exits. Which kind is used is decided once: containers when Docker answers, embedded otherwise.
 */
public final class TestInfrastructure {

    public static final String MODE_PROPERTY = "creditline.test.infrastructure";

    private static volatile Postgres postgres;
    private static volatile Kafka kafka;

    private TestInfrastructure() {}

    /** Connection settings of a running PostgreSQL (superuser). */
    public record Postgres(String jdbcUrl, String username, String password, String description) {}

    /** A running Kafka broker. */
    public record Kafka(String bootstrapServers, String description) {}

    public static synchronized Postgres postgres() {
        if (postgres == null) {
            postgres = useContainers() ? startPostgresContainer() : startEmbeddedPostgres();
            announce(postgres.description());
        }
        return postgres;
    }

    public static synchronized Kafka kafka() {
        if (kafka == null) {
            kafka = useContainers() ? startKafkaContainer() : startEmbeddedKafka();
            announce(kafka.description());
        }
        return kafka;
    }

    /** The Spring properties that point a service at this infrastructure. */
    public static Map<String, Object> springProperties(boolean withKafka) {
        Map<String, Object> properties = new LinkedHashMap<>();
        Postgres pg = postgres();
        properties.put("spring.datasource.url", pg.jdbcUrl());
        properties.put("spring.datasource.username", pg.username());
        properties.put("spring.datasource.password", pg.password());
        if (withKafka) {
            properties.put("spring.kafka.bootstrap-servers", kafka().bootstrapServers());
            // One partition a topic, as before the services declared their topics: the default 12
            // (twelve topics, 144 partitions) slows the first context of each test JVM down
            // (measured in docs/replicas.md). The platform tests run with 12.
            properties.put("creditline.kafka.partitions", 1);
        }
        return properties;
    }

    private static boolean useContainers() {
        String mode = System.getProperty(MODE_PROPERTY, "auto");
        return switch (mode) {
            case "containers" -> true;
            case "embedded" -> false;
            default -> dockerAnswers();
        };
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static Postgres startEmbeddedPostgres() {
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "300")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(pg)));
            String version = serverVersion(pg.getJdbcUrl("postgres", "postgres"));
            return new Postgres(
                    pg.getJdbcUrl("postgres", "postgres"),
                    "postgres",
                    "postgres",
                    "PostgreSQL " + version + " (embedded, zonky) on port " + pg.getPort());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
        }
    }

    private static String serverVersion(String jdbcUrl) {
        try (var connection = java.sql.DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
                var rs = connection.createStatement().executeQuery("SHOW server_version")) {
            rs.next();
            return rs.getString(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("the embedded PostgreSQL does not answer", e);
        }
    }

    private static void closeQuietly(EmbeddedPostgres pg) {
        try {
            pg.close();
        } catch (IOException ignored) {
            // the JVM is exiting; the postgres process gets SIGTERM from close()
        }
    }

    private static Kafka startEmbeddedKafka() {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.afterPropertiesSet();
        Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy));
        return new Kafka(
                broker.getBrokersAsString(),
                "Kafka " + org.apache.kafka.common.utils.AppInfoParser.getVersion() + " KRaft (embedded broker) at "
                        + broker.getBrokersAsString());
    }

    private static Postgres startPostgresContainer() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
        return new Postgres(
                container.getJdbcUrl(),
                container.getUsername(),
                container.getPassword(),
                "PostgreSQL 17 (Testcontainers) at " + container.getJdbcUrl());
    }

    private static Kafka startKafkaContainer() {
        KafkaContainer container = new KafkaContainer("apache/kafka:4.1.1");
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
        return new Kafka(
                container.getBootstrapServers(),
                "Kafka KRaft (Testcontainers apache/kafka) at " + container.getBootstrapServers());
    }

    private static void announce(String what) {
        System.out.println("[real-infrastructure] " + what);
    }
}
