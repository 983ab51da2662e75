package com.creditline.deploy;

import static com.creditline.deploy.KubernetesManifests.onlyContainer;
import static com.creditline.deploy.ProjectYaml.PROJECT;
import static com.creditline.deploy.ProjectYaml.applicationYaml;
import static com.creditline.deploy.ProjectYaml.applicationYamlFile;
import static com.creditline.deploy.ProjectYaml.at;
import static com.creditline.deploy.ProjectYaml.list;
import static com.creditline.deploy.ProjectYaml.map;
import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.security.TrustSettings;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Holds deploy/kubernetes to the services' own configuration, as {@link DockerComposeTest} does
 * for docker-compose.yml: ports, database users and schemas, the variables each application.yml
 * reads, the addresses services call each other at, the Kafka consumer groups and topics the
 * autoscalers watch, and the topics the Strimzi overlay creates.
 */
class KubernetesConfigurationTest {

    /** Partitions per topic: up to this many replicas of a consumer share a topic. */
    static final int PARTITIONS = 12;

    private static final Pattern REQUIRED_VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}");
    private static final Pattern ANY_VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");

    @ParameterizedTest
    @MethodSource("com.creditline.deploy.KubernetesManifests#kustomizations")
    void shouldServeAndProbeEachServiceOnItsOwnPort(Path kustomization) {
        KubernetesManifests rendered = KubernetesManifests.of(kustomization);
        for (Service service : Service.values()) {
            Deployment deployment = rendered.named(Deployment.class, service.module);
            Container container = onlyContainer(deployment);
            Object port = at(applicationYaml(service), "server.port");
            assertThat(at(applicationYaml(service), "management.server.port"))
                    .as(service.module + ": the probes assume actuator on the application port")
                    .isNull();
            assertThat(container.getName()).isEqualTo(service.module);
            assertThat(container.getPorts()).singleElement().satisfies(p -> {
                assertThat(p.getName()).isEqualTo("http");
                assertThat(p.getContainerPort()).as(service.module).isEqualTo(port);
            });
            assertThat(env(container)).containsEntry("SERVER_PORT", String.valueOf(port));
            var kubernetesService = rendered.named(io.fabric8.kubernetes.api.model.Service.class, service.module);
            assertThat(kubernetesService.getSpec().getPorts())
                    .singleElement()
                    .satisfies(p -> assertThat(p.getPort()).as(service.module).isEqualTo(port));
            assertThat(deployment.getSpec().getTemplate().getMetadata().getAnnotations())
                    .containsEntry("prometheus.io/port", String.valueOf(port));
        }
    }

    @Test
    void shouldHaveTheServicesExposeProbesAndShutDownWithinTheGracePeriod() {
        Map<String, Object> defaults = defaults();
        assertThat(at(defaults, "management.endpoint.health.probes.enabled")).isEqualTo(true);
        assertThat(at(defaults, "server.shutdown")).isEqualTo("graceful");
        Duration shutdownPhase = Duration.parse("PT" + at(defaults, "spring.lifecycle.timeout-per-shutdown-phase"));
        for (Service service : Service.values()) {
            Map<String, Object> own = applicationYaml(service);
            assertThat(at(own, "management.endpoint.health.probes.enabled"))
                    .as(service.module)
                    .isNull();
            assertThat(at(own, "server.shutdown")).as(service.module).isNull();
            assertThat(at(own, "spring.lifecycle.timeout-per-shutdown-phase"))
                    .as(service.module)
                    .isNull();
        }
        KubernetesManifests base = KubernetesManifests.of(KubernetesManifests.KUBERNETES.resolve("base"));
        for (Deployment deployment : base.all(Deployment.class)) {
            long preStop = Long.parseLong(onlyContainer(deployment)
                    .getLifecycle()
                    .getPreStop()
                    .getExec()
                    .getCommand()
                    .get(1));
            assertThat(deployment.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds())
                    .as(deployment.getMetadata().getName())
                    .isGreaterThan(preStop + shutdownPhase.toSeconds());
        }
    }

    @ParameterizedTest
    @MethodSource("com.creditline.deploy.KubernetesManifests#kustomizations")
    void shouldSetEveryVariableTheServicesReadAndNoOtherOfTheirOwn(Path kustomization) {
        KubernetesManifests rendered = KubernetesManifests.of(kustomization);
        Set<String> trustVariables = Arrays.stream(TrustSettings.class.getRecordComponents())
                .map(c -> "CREDITLINE_SECURITY_"
                        + c.getName().replaceAll("([A-Z])", "_$1").toUpperCase())
                .collect(Collectors.toSet());
        for (Service service : Service.values()) {
            String yaml = ProjectYaml.read(applicationYamlFile(service));
            Set<String> set = env(onlyContainer(rendered.named(Deployment.class, service.module)))
                    .keySet();
            assertThat(set)
                    .as(service.module + ": variables without a default")
                    .containsAll(variables(REQUIRED_VARIABLE, yaml));
            Set<String> known = new HashSet<>(variables(ANY_VARIABLE, yaml));
            known.addAll(trustVariables);
            for (String variable : set) {
                if (!variable.startsWith("SPRING_") && !variable.startsWith("SERVER_")) {
                    assertThat(known).as(service.module + " reads " + variable).contains(variable);
                }
            }
            assertThat(set)
                    .as(service.module + ": its own keys, never the development ones")
                    .contains(
                            "CREDITLINE_SECURITY_CALLER_TOKEN_PUBLIC_KEY", "CREDITLINE_SECURITY_SERVICE_TOKEN_SECRET");
        }
        Map<String, String> gateway = env(onlyContainer(rendered.named(Deployment.class, "gateway-service")));
        assertThat(gateway)
                .containsEntry("CREDITLINE_LOCAL_ISSUER", "false")
                .containsKeys(
                        "CREDITLINE_SECURITY_CALLER_TOKEN_PRIVATE_KEY",
                        "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI");
        assertThat(env(onlyContainer(rendered.named(Deployment.class, "checkout-installment-service"))))
                .containsKey("CREDITLINE_PERSONAL_DATA_KEY");
    }

    @ParameterizedTest
    @MethodSource("com.creditline.deploy.KubernetesManifests#kustomizations")
    void shouldMountTheKeyFilesWhereTheVariablesPoint(Path kustomization) {
        KubernetesManifests rendered = KubernetesManifests.of(kustomization);
        for (Deployment deployment : rendered.all(Deployment.class)) {
            Container container = onlyContainer(deployment);
            for (Map.Entry<String, String> variable : env(container).entrySet()) {
                if (!variable.getValue().startsWith("file:")) {
                    continue;
                }
                Path file = Path.of(variable.getValue().substring("file:".length()));
                var mount = container.getVolumeMounts().stream()
                        .filter(m -> file.getParent().equals(Path.of(m.getMountPath())))
                        .findFirst()
                        .orElseThrow(() ->
                                new AssertionError(deployment.getMetadata().getName() + " does not mount " + file));
                var volume = deployment.getSpec().getTemplate().getSpec().getVolumes().stream()
                        .filter(v -> v.getName().equals(mount.getName()))
                        .findFirst()
                        .orElseThrow();
                assertThat(volume.getSecret().getItems())
                        .as(deployment.getMetadata().getName() + " " + file)
                        .anyMatch(
                                item -> item.getPath().equals(file.getFileName().toString()));
            }
        }
        // The private key signs the caller tokens every service trusts: the gateway alone has it.
        for (Deployment deployment : rendered.all(Deployment.class)) {
            boolean gateway = deployment.getMetadata().getName().equals("gateway-service");
            assertThat(deployment.getSpec().getTemplate().getSpec().getVolumes().stream()
                            .filter(v -> v.getSecret() != null)
                            .flatMap(v -> v.getSecret().getItems().stream())
                            .anyMatch(item -> item.getKey().equals("private.pem")))
                    .as(deployment.getMetadata().getName())
                    .isEqualTo(gateway);
        }
    }

    @ParameterizedTest
    @MethodSource("com.creditline.deploy.KubernetesManifests#kustomizations")
    void shouldGiveEachServiceItsDatabaseUserSchemaAndKafka(Path kustomization) {
        KubernetesManifests rendered = KubernetesManifests.of(kustomization);
        Map<String, String> platform =
                rendered.named(ConfigMap.class, "creditline-platform").getData();
        assertThat(platform.get("database-url"))
                .matches("jdbc:postgresql://[^/]+/" + PostgresServer.DATABASE + "(\\?.*)?");
        for (Service service : Service.values()) {
            Map<String, Object> own = applicationYaml(service);
            Container container = onlyContainer(rendered.named(Deployment.class, service.module));
            Map<String, String> env = env(container);
            assertThat(env.get("SPRING_DATASOURCE_USERNAME"))
                    .as(service.module)
                    .isEqualTo(service.schema)
                    .isEqualTo(at(own, "spring.flyway.schemas"))
                    .isEqualTo(at(own, "spring.datasource.hikari.schema"));
            assertThat(configMapKey(container, "SPRING_DATASOURCE_URL")).isEqualTo("database-url");
            assertThat(secretName(container, "SPRING_DATASOURCE_PASSWORD")).isEqualTo(service.module + "-database");
            boolean usesKafka = at(own, "spring.kafka") != null;
            assertThat(env.containsKey("SPRING_KAFKA_BOOTSTRAP_SERVERS"))
                    .as(service.module)
                    .isEqualTo(usesKafka);
            if (usesKafka) {
                assertThat(configMapKey(container, "SPRING_KAFKA_BOOTSTRAP_SERVERS"))
                        .isEqualTo("kafka-bootstrap-servers");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("com.creditline.deploy.KubernetesManifests#kustomizations")
    void shouldPointEveryServiceAtTheServicesItCallsByTheirKubernetesNames(Path kustomization) {
        KubernetesManifests rendered = KubernetesManifests.of(kustomization);
        int seen = 0;
        for (Service service : Service.values()) {
            Map<String, String> env = env(onlyContainer(rendered.named(Deployment.class, service.module)));
            for (ProjectYaml.AddressRead address : ProjectYaml.addressesReadBy(service)) {
                seen++;
                var target = rendered.named(io.fabric8.kubernetes.api.model.Service.class, address.target().module);
                assertThat(env.get(address.variable()))
                        .as(service.module + " " + address.variable())
                        .isEqualTo("http://" + target.getMetadata().getName() + ":"
                                + target.getSpec().getPorts().getFirst().getPort());
            }
        }
        assertThat(seen).isGreaterThan(Service.backends().size());
    }

    @Test
    void shouldRunTheImageTheDockerfileBuildsForEachModule() throws IOException {
        assertThat(ProjectYaml.read(PROJECT.resolve("deploy/docker/Dockerfile")))
                .contains("ARG MODULE", "useradd --system --uid 1001", "USER creditline");
        for (Path kustomization : KubernetesManifests.kustomizations().toList()) {
            for (Deployment deployment : KubernetesManifests.of(kustomization).all(Deployment.class)) {
                String module = deployment.getMetadata().getName();
                assertThat(PROJECT.resolve(module).resolve("pom.xml")).exists();
                assertThat(onlyContainer(deployment).getImage())
                        .as(kustomization + " " + module)
                        .matches("(.+/)?creditline/" + module + ":[\\w.-]+");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("com.creditline.deploy.KubernetesManifests#overlays")
    void shouldScaleEachConsumerOnTheLagOfItsOwnGroupOnTopicsItFollows(Path overlay) {
        KubernetesManifests rendered = KubernetesManifests.of(overlay);
        for (Map<String, Object> scaledObject : rendered.custom("keda.sh/v1alpha1", "ScaledObject")) {
            Map<String, Object> spec = map(scaledObject.get("spec"));
            Service service =
                    service(String.valueOf(map(spec.get("scaleTargetRef")).get("name")));
            Map<String, Object> own = applicationYaml(service);
            assertThat(at(own, "creditline.inbox.group-id"))
                    .as("the inbox's group is the service's name")
                    .isNull();
            Set<String> followed = EventTopics.followedBy(service);
            Set<String> watched = new TreeSet<>();
            for (Object trigger : list(spec.get("triggers"))) {
                Map<String, Object> metadata = map(map(trigger).get("metadata"));
                // A group without offsets yet starts where the consumers would.
                assertThat(metadata.get("offsetResetPolicy"))
                        .isEqualTo(at(defaults(), "spring.kafka.consumer.auto-offset-reset"));
                assertThat(metadata.get("consumerGroup"))
                        .as(service.module)
                        .isEqualTo(at(own, "spring.application.name"));
                watched.add(String.valueOf(metadata.get("topic")));
            }
            assertThat(watched).as(service.module + " follows " + followed).isEqualTo(followed);
        }
    }

    @Test
    void shouldCreateEveryTopicTheCodeUsesWithItsDeadLettersIn12PartitionsInTheStrimziOverlay() {
        KubernetesManifests strimzi =
                KubernetesManifests.of(KubernetesManifests.KUBERNETES.resolve("overlays/strimzi"));
        Map<String, Object> kafka =
                strimzi.custom("kafka.strimzi.io/v1beta2", "Kafka").getFirst();
        String cluster = Kustomization.name(kafka);
        Map<String, Object> listener =
                map(list(at(kafka, "spec.kafka.listeners")).getFirst());
        assertThat(strimzi.named(ConfigMap.class, "creditline-platform").getData())
                .containsEntry("kafka-bootstrap-servers", cluster + "-kafka-bootstrap:" + listener.get("port"));
        assertThat(map(at(kafka, "spec.kafka.config"))).containsEntry("auto.create.topics.enable", false);

        Set<String> expected = new TreeSet<>();
        for (String topic : EventTopics.all()) {
            expected.add(topic);
            // The inbox dead-letters to <topic>.DLT on the message's own partition.
            expected.add(topic + ".DLT");
        }
        Set<String> created = new TreeSet<>();
        for (Map<String, Object> topic : strimzi.custom("kafka.strimzi.io/v1beta2", "KafkaTopic")) {
            assertThat(map(topic.get("metadata")).get("labels")).isEqualTo(Map.of("strimzi.io/cluster", cluster));
            Map<String, Object> spec = map(topic.get("spec"));
            assertThat(spec).containsOnlyKeys("topicName", "partitions", "replicas", "config");
            assertThat(spec.get("partitions"))
                    .as(spec.get("topicName").toString())
                    .isEqualTo(PARTITIONS);
            created.add(String.valueOf(spec.get("topicName")));
        }
        assertThat(created).isEqualTo(expected);
        assertThat(strimzi.custom("kafka.strimzi.io/v1beta2", "KafkaNodePool"))
                .singleElement()
                .satisfies(pool ->
                        assertThat(at(pool, "metadata.labels")).isEqualTo(Map.of("strimzi.io/cluster", cluster)));
    }

    /** The settings every service takes from common-lib unless its application.yml says otherwise. */
    private static Map<String, Object> defaults() {
        return ProjectYaml.load(PROJECT.resolve("common-lib/src/main/resources/creditline-defaults.yml"));
    }

    private static Set<String> variables(Pattern pattern, String yaml) {
        Set<String> variables = new TreeSet<>();
        Matcher matcher = pattern.matcher(yaml);
        while (matcher.find()) {
            variables.add(matcher.group(1));
        }
        return variables;
    }

    /** The container's variables: literal values, or "" for those from a ConfigMap or Secret. */
    private static Map<String, String> env(Container container) {
        return container.getEnv().stream()
                .collect(Collectors.toMap(EnvVar::getName, e -> e.getValue() == null ? "" : e.getValue()));
    }

    private static EnvVar variable(Container container, String name) {
        return container.getEnv().stream()
                .filter(e -> e.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(container.getName() + " has no " + name));
    }

    private static String configMapKey(Container container, String name) {
        return variable(container, name).getValueFrom().getConfigMapKeyRef().getKey();
    }

    private static String secretName(Container container, String name) {
        return variable(container, name).getValueFrom().getSecretKeyRef().getName();
    }

    private static Service service(String module) {
        return Arrays.stream(Service.values())
                .filter(s -> s.module.equals(module))
                .findFirst()
                .orElseThrow();
    }
}
