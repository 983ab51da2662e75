package com.creditline.deploy;

import static com.creditline.deploy.ProjectYaml.PROJECT;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.deser.BeanDeserializerBuilder;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * A kustomization of deploy/kubernetes rendered ({@link Kustomization}), its built-in resources
 * read into fabric8's typed model of the Kubernetes API, where a field the API does not have is
 * an error; KEDA's and Strimzi's resources, which the model does not know, stay maps.
 */
record KubernetesManifests(List<Map<String, Object>> resources, List<HasMetadata> typed) {

    static final Path KUBERNETES = PROJECT.resolve("deploy/kubernetes");
    static final Path SECRETS_EXAMPLE = KUBERNETES.resolve("base/secrets.example.yaml");

    private static final Set<String> CUSTOM_GROUPS = Set.of("keda.sh", "kafka.strimzi.io");
    private static final KubernetesSerialization KUBERNETES_API = strictModel();
    private static final Map<Path, KubernetesManifests> RENDERED = new HashMap<>();

    /** The base and every overlay. */
    static Stream<Path> kustomizations() {
        try (Stream<Path> overlays = Files.list(KUBERNETES.resolve("overlays"))) {
            return Stream.concat(Stream.of(KUBERNETES.resolve("base")), overlays.sorted().toList().stream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Path> overlays() {
        return kustomizations().filter(k -> !k.endsWith("base"));
    }

    static synchronized KubernetesManifests of(Path kustomization) {
        return RENDERED.computeIfAbsent(kustomization, k -> {
            List<Map<String, Object>> resources = Kustomization.render(k);
            List<HasMetadata> typed = resources.stream()
                    .filter(r -> !CUSTOM_GROUPS.contains(
                            String.valueOf(r.get("apiVersion")).split("/")[0]))
                    .map(r -> read(k, r))
                    .toList();
            return new KubernetesManifests(resources, typed);
        });
    }

    /** One resource into the model, or an error naming where it is and the field that does not fit. */
    static HasMetadata read(Path where, Map<String, Object> resource) {
        try {
            return KUBERNETES_API.unmarshal(JsonMapper.shared().writeValueAsString(resource));
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            throw new AssertionError(
                    where + ": " + resource.get("kind") + " " + Kustomization.name(resource)
                            + " does not fit the Kubernetes API: " + cause.getMessage(),
                    e);
        }
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return typed.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> T named(Class<T> type, String name) {
        return all(type).stream()
                .filter(r -> r.getMetadata().getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + name));
    }

    List<Map<String, Object>> custom(String apiVersion, String kind) {
        return resources.stream()
                .filter(r -> apiVersion.equals(r.get("apiVersion")) && kind.equals(r.get("kind")))
                .toList();
    }

    static Container onlyContainer(Deployment deployment) {
        List<Container> containers =
                deployment.getSpec().getTemplate().getSpec().getContainers();
        assertThat(containers).as(deployment.getMetadata().getName()).hasSize(1);
        return containers.getFirst();
    }

    /**
     * fabric8's model keeps the fields it does not know in each object's additionalProperties;
     * without that catch-all a misspelt or misplaced field is an error, as with the API server's
     * strict field validation ({@code kubectl apply --validate=strict}).
     */
    private static KubernetesSerialization strictModel() {
        SimpleModule noUnknownFields = new SimpleModule("no-unknown-fields");
        noUnknownFields.setDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public BeanDeserializerBuilder updateBuilder(
                    DeserializationConfig config, BeanDescription.Supplier bean, BeanDeserializerBuilder builder) {
                if (bean.getBeanClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model")) {
                    builder.setAnySetter(null);
                }
                return builder;
            }
        });
        JsonMapper mapper = JsonMapper.builder()
                .addModule(noUnknownFields)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        // Searching the class path registers every kind of the kubernetes-model-* modules.
        return new KubernetesSerialization(mapper, true);
    }
}
