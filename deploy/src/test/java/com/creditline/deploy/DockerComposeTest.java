package com.creditline.deploy;

import static com.creditline.deploy.ProjectYaml.PROJECT;
import static com.creditline.deploy.ProjectYaml.applicationYaml;
import static com.creditline.deploy.ProjectYaml.at;
import static com.creditline.deploy.ProjectYaml.load;
import static com.creditline.deploy.ProjectYaml.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml cannot be run on a machine without Docker, so this test holds it to the
 * services' own configuration: every service is there, with the port, database user, schema,
 * Kafka address and service addresses its application.yml expects.
 */
class DockerComposeTest {

    final Map<String, Object> compose = load(PROJECT.resolve("docker-compose.yml"));
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
            assertThat(dependencies(map(services.get(service.module)).get("depends_on")))
                    .containsKeys("postgres", "kafka");
        }
    }

    @Test
    void shouldGiveEveryServiceTheAddressOfEachServiceItCalls() {
        int seen = 0;
        for (Service service : Service.values()) {
            Map<String, Object> env = environment(service.module);
            for (ProjectYaml.AddressRead address : ProjectYaml.addressesReadBy(service)) {
                seen++;
                Service target = address.target();
                assertThat(env.get(address.variable()))
                        .as(service.module + " " + address.variable())
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

    /** depends_on, as a list of names or a map of conditions by name. */
    private static Map<String, Object> dependencies(Object dependsOn) {
        if (dependsOn instanceof List<?> names) {
            return names.stream().collect(Collectors.toMap(String::valueOf, name -> name));
        }
        return map(dependsOn);
    }
}
