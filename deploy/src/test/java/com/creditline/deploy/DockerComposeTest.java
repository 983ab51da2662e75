package com.creditline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml cannot be run on a machine without Docker, so this test holds it to the
 * services' own configuration: every service is there, with the port, database user, schema,
 * Kafka address and service addresses its application.yml expects.
 */
class DockerComposeTest {

    static final Path PROJECT = Path.of(System.getProperty("user.dir")).getParent();

    final Map<String, Object> compose = yaml(PROJECT.resolve("docker-compose.yml"));
    final Map<String, Object> services = map(compose.get("services"));

    @Test
    void shouldDeclarePostgresKafkaAndEverySixServices() {
        assertThat(services).containsKeys("postgres", "kafka");
        for (Service service : Service.values()) {
            assertThat(services).as(service.module).containsKey(service.module);
            Map<String, Object> build = map(map(services.get(service.module)).get("build"));
            assertThat(map(build.get("args"))).containsEntry("MODULE", service.module);
            assertThat(PROJECT.resolve(String.valueOf(build.get("dockerfile")))).exists();
        }
    }

    @Test
    void shouldGiveEachServiceItsPortDatabaseUserAndKafka() {
        Map<String, Object> kafkaEnv = environment("kafka");
        String kafkaAddress =
                String.valueOf(kafkaEnv.get("KAFKA_ADVERTISED_LISTENERS")).replace("PLAINTEXT://", "");
        for (Service service : Service.backends()) {
            Map<String, Object> own = applicationYaml(service);
            Map<String, Object> env = environment(service.module);
            assertThat(String.valueOf(env.get("SERVER_PORT")))
                    .as(service.module)
                    .isEqualTo(String.valueOf(at(own, "server.port")));
            assertThat(String.valueOf(env.get("SPRING_DATASOURCE_URL")))
                    .as(service.module)
                    .isEqualTo("jdbc:postgresql://postgres:5432/" + PostgresServer.DATABASE);
            assertThat(env.get("SPRING_DATASOURCE_USERNAME"))
                    .as(service.module)
                    .isEqualTo(at(own, "spring.flyway.schemas"));
            assertThat(env.get("SPRING_DATASOURCE_USERNAME")).isEqualTo(service.schema);
            assertThat(env).as(service.module).containsKey("SPRING_DATASOURCE_PASSWORD");
            assertThat(env.get("SPRING_KAFKA_BOOTSTRAP_SERVERS"))
                    .as(service.module)
                    .isEqualTo(kafkaAddress);
            assertThat(map(map(services.get(service.module)).get("depends_on"))).containsKeys("postgres", "kafka");
        }
    }

    @Test
    void shouldGiveEveryServiceTheAddressOfEachServiceItCalls() throws IOException {
        int seen = 0;
        for (Service service : Service.values()) {
            String yaml =
                    Files.readString(PROJECT.resolve(service.module).resolve("src/main/resources/application.yml"));
            Map<String, Object> env = environment(service.module);
            Matcher placeholders = Pattern.compile("\\$\\{([A-Z_]+_URL):").matcher(yaml);
            while (placeholders.find()) {
                seen++;
                String variable = placeholders.group(1);
                Service target = Service.backends().stream()
                        .filter(s -> variable.equals(s.urlVariable))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no service for " + variable));
                assertThat(env.get(variable))
                        .as(service.module + " " + variable)
                        .isEqualTo("http://" + target.module + ":" + at(applicationYaml(target), "server.port"));
            }
        }
        assertThat(seen).isGreaterThan(Service.backends().size());
        assertThat(String.valueOf(map(services.get("gateway-service")).get("ports")))
                .contains("8080:8080");
    }

    @Test
    void shouldCreateTheDatabaseAndEveryServiceSchemaInPostgres() throws IOException {
        Map<String, Object> postgres = map(services.get("postgres"));
        assertThat(environment("postgres")).containsEntry("POSTGRES_DB", PostgresServer.DATABASE);
        String initScript = ((List<?>) postgres.get("volumes"))
                .stream()
                        .map(String::valueOf)
                        .filter(v -> v.contains("docker-entrypoint-initdb.d"))
                        .findFirst()
                        .orElseThrow()
                        .split(":")[0];
        String sql = Files.readString(PROJECT.resolve(initScript));
        for (Service service : Service.backends()) {
            assertThat(sql).contains("'" + service.schema + "'");
        }
    }

    @Test
    void shouldRunPrometheusAndGrafanaFromPinnedImagesWithTheMonitoringOfTheRepository() {
        for (String tool : List.of("prometheus", "grafana")) {
            Map<String, Object> service = map(services.get(tool));
            String image = String.valueOf(service.get("image"));
            assertThat(image).as(tool).matches("[a-z/]+:v?\\d+\\.\\d+\\.\\d+");
            for (Object volume : (List<?>) service.get("volumes")) {
                String source = String.valueOf(volume).split(":")[0];
                if (source.startsWith("./")) {
                    assertThat(PROJECT.resolve(source)).as(tool + " " + volume).exists();
                    assertThat(String.valueOf(volume))
                            .as(tool + " mounts read-only")
                            .endsWith(":ro");
                }
            }
        }
        assertThat(String.valueOf(map(services.get("prometheus")).get("volumes")))
                .contains("./deploy/monitoring/prometheus:/etc/prometheus:ro");
        assertThat(String.valueOf(map(services.get("grafana")).get("volumes")))
                .contains("./deploy/monitoring/grafana/provisioning:/etc/grafana/provisioning:ro")
                .contains("./deploy/monitoring/grafana/dashboards:/var/lib/grafana/dashboards:ro");
    }

    private Map<String, Object> environment(String service) {
        return map(map(services.get(service)).get("environment"));
    }

    private static Map<String, Object> applicationYaml(Service service) {
        return yaml(PROJECT.resolve(service.module).resolve("src/main/resources/application.yml"));
    }

    private static Object at(Map<String, Object> yaml, String dottedPath) {
        Object node = yaml;
        for (String key : dottedPath.split("\\.")) {
            node = map(node).get(key);
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        if (node instanceof List<?> list) {
            // depends_on may be a list of names
            return list.stream().collect(java.util.stream.Collectors.toMap(String::valueOf, v -> v));
        }
        assertThat(node).isInstanceOf(Map.class);
        return (Map<String, Object>) node;
    }

    private static Map<String, Object> yaml(Path file) {
        try {
            return new Yaml().load(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }
}
