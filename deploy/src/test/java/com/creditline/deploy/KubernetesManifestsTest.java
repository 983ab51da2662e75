package com.creditline.deploy;

import static com.creditline.deploy.KubernetesManifests.onlyContainer;
import static com.creditline.deploy.ProjectYaml.list;
import static com.creditline.deploy.ProjectYaml.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * deploy/kubernetes cannot be applied to a cluster here, so this test renders each kustomization
 * (the base and every overlay, with {@link Kustomization}) and holds what comes out to the
 * Kubernetes API: every built-in resource must read into fabric8's typed model of it, where a
 * misspelt or misplaced field fails, and every Deployment must be fit to run (probes, resources,
 * graceful shutdown, non-root, a Service, a PodDisruptionBudget, one autoscaler). KEDA's and
 * Strimzi's resources, which the model does not know, are checked for the fields the manifests use.
 * {@link KubernetesConfigurationTest} holds the manifests to the services' own configuration.
 */
class KubernetesManifestsTest {

    static final Set<String> CONSUMERS = Set.of("repayment-service", "risk-scoring-service", "collections-service");

    @ParameterizedTest
    @MethodSource("com.creditline.deploy.KubernetesManifests#kustomizations")
    void shouldReadEveryBuiltInResourceIntoTheKubernetesModel(Path kustomization) {
        KubernetesManifests rendered = KubernetesManifests.of(kustomization);
        assertThat(rendered.typed()).isNotEmpty();
        for (HasMetadata resource : rendered.typed()) {
            assertThat(resource)
                    .as(resource.getKind() + " " + resource.getMetadata().getName())
                    .isNotInstanceOf(GenericKubernetesResource.class);
        }
        assertThat(rendered.all(Deployment.class))
                .extracting(d -> d.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(Service.values()).map(s -> s.module).toList());
    }

    @Test
    void shouldRefuseAFieldTheKubernetesApiDoesNotHave() {
        String misspelt = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  replica: 2
                """;
        assertThatThrownBy(() -> KubernetesManifests.read(Path.of("fixture"), yaml(misspelt)))
                .hasMessageContaining(
                        "Deployment x does not fit the Kubernetes API: Unrecognized property \"replica\"");
        String misplaced = """
                apiVersion: v1
                kind: Pod
                metadata: {name: x}
                spec:
                  containers:
                    - name: x
                      image: x
                      readinessProbe: {httpGet: {path: /, port: http}, initialDelay: 5}
                """;
        assertThatThrownBy(() -> KubernetesManifests.read(Path.of("fixture"), yaml(misplaced)))
                .hasMessageContaining("Unrecognized property \"initialDelay\"");
    }

    @ParameterizedTest
    @MethodSource("com.creditline.deploy.KubernetesManifests#kustomizations")
    void shouldProbeLimitAndStopEveryServiceGracefully(Path kustomization) {
        for (Deployment deployment : KubernetesManifests.of(kustomization).all(Deployment.class)) {
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            Container container = onlyContainer(deployment);
            String what =
                    kustomization.getFileName() + " " + deployment.getMetadata().getName();

            assertThat(path(container.getStartupProbe())).as(what).isEqualTo("/actuator/health/liveness");
            assertThat(path(container.getLivenessProbe())).as(what).isEqualTo("/actuator/health/liveness");
            assertThat(path(container.getReadinessProbe())).as(what).isEqualTo("/actuator/health/readiness");
            for (Probe probe :
                    List.of(container.getStartupProbe(), container.getLivenessProbe(), container.getReadinessProbe())) {
                assertThat(probe.getHttpGet().getPort().getStrVal()).as(what).isEqualTo("http");
            }

            Map<String, Quantity> requests = container.getResources().getRequests();
            Map<String, Quantity> limits = container.getResources().getLimits();
            assertThat(requests).as(what).containsKeys("cpu", "memory");
            assertThat(limits).as(what).containsKeys("memory");
            // The JVM sizes its heap from the limit; a request below it lets the node overcommit memory.
            assertThat(requests.get("memory")).as(what).isEqualTo(limits.get("memory"));

            // The pod leaves the Service's endpoints during preStop, before Spring drains requests and
            // listeners; KubernetesConfigurationTest holds the grace period to both.
            assertThat(container.getLifecycle().getPreStop().getExec().getCommand())
                    .as(what)
                    .containsExactly("sleep", "10");
        }
    }

    @ParameterizedTest
    @MethodSource("com.creditline.deploy.KubernetesManifests#kustomizations")
    void shouldRunEveryServiceAsNonRootOnAReadOnlyFilesystemWithoutCapabilities(Path kustomization) {
        for (Deployment deployment : KubernetesManifests.of(kustomization).all(Deployment.class)) {
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            Container container = onlyContainer(deployment);
            String what =
                    kustomization.getFileName() + " " + deployment.getMetadata().getName();
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).as(what).isTrue();
            assertThat(pod.getSecurityContext().getRunAsUser())
                    .as(what + ": the Dockerfile's user")
                    .isEqualTo(1001L);
            assertThat(pod.getSecurityContext().getSeccompProfile().getType())
                    .as(what)
                    .isEqualTo("RuntimeDefault");
            assertThat(container.getSecurityContext().getReadOnlyRootFilesystem())
                    .as(what)
                    .isTrue();
            assertThat(container.getSecurityContext().getAllowPrivilegeEscalation())
                    .as(what)
                    .isFalse();
            assertThat(container.getSecurityContext().getCapabilities().getDrop())
                    .as(what)
                    .containsExactly("ALL");
            String tmpVolume = container.getVolumeMounts().stream()
                    .filter(m -> m.getMountPath().equals("/tmp"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(what + " has no writable /tmp"))
                    .getName();
            assertThat(volume(pod, tmpVolume).getEmptyDir()).as(what).isNotNull();
            assertThat(pod.getAutomountServiceAccountToken()).as(what).isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("com.creditline.deploy.KubernetesManifests#kustomizations")
    void shouldSpreadEachServiceAndKeepItAvailableBehindItsService(Path kustomization) {
        KubernetesManifests rendered = KubernetesManifests.of(kustomization);
        for (Deployment deployment : rendered.all(Deployment.class)) {
            String name = deployment.getMetadata().getName();
            String what = kustomization.getFileName() + " " + name;
            Map<String, String> podLabels =
                    deployment.getSpec().getTemplate().getMetadata().getLabels();
            assertThat(podLabels)
                    .as(what)
                    .containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels());

            var service = rendered.named(io.fabric8.kubernetes.api.model.Service.class, name);
            assertThat(podLabels)
                    .as(what + " Service selector")
                    .containsAllEntriesOf(service.getSpec().getSelector());
            Set<String> containerPorts = new HashSet<>(onlyContainer(deployment).getPorts().stream()
                    .map(ContainerPort::getName)
                    .toList());
            for (var port : service.getSpec().getPorts()) {
                assertThat(containerPorts)
                        .as(what + " Service targetPort")
                        .contains(port.getTargetPort().getStrVal());
            }

            PodDisruptionBudget budget = rendered.named(PodDisruptionBudget.class, name);
            assertThat(podLabels)
                    .as(what + " PDB selector")
                    .containsAllEntriesOf(budget.getSpec().getSelector().getMatchLabels());
            assertThat(budget.getSpec().getMaxUnavailable().getIntVal())
                    .as(what)
                    .isEqualTo(1);
            assertThat(deployment.getSpec().getReplicas())
                    .as(what + ": a PDB with one replica blocks node drains")
                    .isGreaterThanOrEqualTo(2);

            assertThat(rendered.named(
                            ServiceAccount.class,
                            deployment.getSpec().getTemplate().getSpec().getServiceAccountName()))
                    .as(what)
                    .isNotNull();
            var spread = deployment.getSpec().getTemplate().getSpec().getTopologySpreadConstraints();
            assertThat(spread)
                    .extracting(c -> c.getTopologyKey())
                    .as(what)
                    .containsExactlyInAnyOrder("topology.kubernetes.io/zone", "kubernetes.io/hostname");
            for (var constraint : spread) {
                assertThat(podLabels)
                        .as(what)
                        .containsAllEntriesOf(constraint.getLabelSelector().getMatchLabels());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("com.creditline.deploy.KubernetesManifests#kustomizations")
    void shouldReadSecretsOnlyFromKeysTheSecretsExampleDeclares(Path kustomization) {
        Map<String, Set<String>> declared = new HashMap<>();
        for (Map<String, Object> secret : ProjectYaml.loadAll(KubernetesManifests.SECRETS_EXAMPLE)) {
            assertThat(secret.get("kind")).isEqualTo("Secret");
            declared.put(
                    Kustomization.name(secret), map(secret.get("stringData")).keySet());
        }
        KubernetesManifests rendered = KubernetesManifests.of(kustomization);
        assertThat(rendered.typed())
                .as("no Secret with values in the repository")
                .noneMatch(r -> r.getKind().equals("Secret"));
        Map<String, Set<String>> configMaps = new HashMap<>();
        rendered.all(io.fabric8.kubernetes.api.model.ConfigMap.class)
                .forEach(c ->
                        configMaps.put(c.getMetadata().getName(), c.getData().keySet()));
        int references = 0;
        for (Deployment deployment : rendered.all(Deployment.class)) {
            String what = deployment.getMetadata().getName();
            for (EnvVar env : onlyContainer(deployment).getEnv()) {
                if (env.getValueFrom() == null) {
                    continue;
                }
                var secret = env.getValueFrom().getSecretKeyRef();
                var config = env.getValueFrom().getConfigMapKeyRef();
                if (secret != null) {
                    references++;
                    assertThat(declared.get(secret.getName()))
                            .as(what + " " + env.getName())
                            .contains(secret.getKey());
                } else {
                    assertThat(configMaps.get(config.getName()))
                            .as(what + " " + env.getName())
                            .contains(config.getKey());
                }
            }
            for (Volume volume : deployment.getSpec().getTemplate().getSpec().getVolumes()) {
                if (volume.getSecret() != null) {
                    references++;
                    for (var item : volume.getSecret().getItems()) {
                        assertThat(declared.get(volume.getSecret().getSecretName()))
                                .as(what + " " + volume.getName())
                                .contains(item.getKey());
                    }
                }
            }
        }
        assertThat(references).isGreaterThan(Service.values().length * 2);
    }

    @ParameterizedTest
    @MethodSource("com.creditline.deploy.KubernetesManifests#overlays")
    void shouldScaleTheRequestPathOnCpuAndTheConsumersOnKafkaLagNeverBoth(Path overlay) {
        KubernetesManifests rendered = KubernetesManifests.of(overlay);
        Map<String, String> scaledBy = new HashMap<>();
        for (HorizontalPodAutoscaler autoscaler : rendered.all(HorizontalPodAutoscaler.class)) {
            var target = autoscaler.getSpec().getScaleTargetRef();
            assertThat(target.getKind()).isEqualTo("Deployment");
            assertThat(scaledBy.put(target.getName(), "HPA"))
                    .as(target.getName())
                    .isNull();
            assertThat(autoscaler.getSpec().getMetrics())
                    .extracting(m -> m.getResource().getName())
                    .containsExactly("cpu");
            assertThat(autoscaler.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
        }
        for (Map<String, Object> scaledObject : rendered.custom("keda.sh/v1alpha1", "ScaledObject")) {
            Map<String, Object> spec = map(scaledObject.get("spec"));
            assertThat(spec)
                    .as("ScaledObject fields")
                    .containsOnlyKeys(
                            "scaleTargetRef",
                            "minReplicaCount",
                            "maxReplicaCount",
                            "pollingInterval",
                            "cooldownPeriod",
                            "advanced",
                            "triggers");
            String target = String.valueOf(map(spec.get("scaleTargetRef")).get("name"));
            assertThat(scaledBy.put(target, "KEDA"))
                    .as(target + " has one autoscaler")
                    .isNull();
            assertThat((Integer) spec.get("minReplicaCount")).as(target).isGreaterThanOrEqualTo(2);
            assertThat((Integer) spec.get("maxReplicaCount"))
                    .as(target + ": no more consumers than partitions")
                    .isLessThanOrEqualTo(KubernetesConfigurationTest.PARTITIONS);
            Deployment deployment = rendered.named(Deployment.class, target);
            Set<String> env = new HashSet<>(onlyContainer(deployment).getEnv().stream()
                    .map(EnvVar::getName)
                    .toList());
            assertThat(list(spec.get("triggers"))).as(target).isNotEmpty();
            for (Object item : list(spec.get("triggers"))) {
                Map<String, Object> trigger = map(item);
                assertThat(trigger.get("type")).isEqualTo("kafka");
                Map<String, Object> metadata = map(trigger.get("metadata"));
                assertThat(metadata)
                        .as("the Kafka scaler's parameters")
                        .containsOnlyKeys(
                                "bootstrapServersFromEnv",
                                "consumerGroup",
                                "topic",
                                "lagThreshold",
                                "activationLagThreshold",
                                "offsetResetPolicy");
                assertThat(env)
                        .as(target + " bootstrapServersFromEnv")
                        .contains(String.valueOf(metadata.get("bootstrapServersFromEnv")));
            }
        }
        Map<String, String> expected = new HashMap<>();
        for (Service service : Service.values()) {
            expected.put(service.module, CONSUMERS.contains(service.module) ? "KEDA" : "HPA");
        }
        assertThat(scaledBy).isEqualTo(expected);
    }

    private static String path(Probe probe) {
        return probe.getHttpGet().getPath();
    }

    private static Volume volume(PodSpec pod, String name) {
        return pod.getVolumes().stream()
                .filter(v -> v.getName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static Map<String, Object> yaml(String text) {
        return map(new Yaml().load(text));
    }
}
