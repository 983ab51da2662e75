package com.creditline.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/** The renderer the manifest tests stand on renders as Kustomize does, and refuses what it cannot. */
class KustomizationTest {

    @TempDir
    Path directory;

    @Test
    void shouldRenderEveryKustomizationAsKubectlKustomizeDoes() throws Exception {
        assumeThat(onPath("kubectl")).as("kubectl is installed here").isTrue();
        // All at once, each into its own file: kubectl takes seconds to start here.
        Map<Path, Process> runs = new LinkedHashMap<>();
        for (Path kustomization : KubernetesManifests.kustomizations().toList()) {
            Path output = directory.resolve(kustomization.getFileName() + ".yaml");
            runs.put(
                    kustomization,
                    new ProcessBuilder("kubectl", "kustomize", kustomization.toString())
                            .redirectErrorStream(true)
                            .redirectOutput(output.toFile())
                            .start());
        }
        for (Map.Entry<Path, Process> run : runs.entrySet()) {
            Path kustomization = run.getKey();
            assertThat(run.getValue().waitFor(60, TimeUnit.SECONDS)).isTrue();
            String output = Files.readString(directory.resolve(kustomization.getFileName() + ".yaml"));
            assertThat(run.getValue().exitValue()).as(output).isZero();
            List<Map<String, Object>> expected = new ArrayList<>();
            new Yaml().loadAll(output).forEach(document -> expected.add(ProjectYaml.map(document)));
            assertThat(Kustomization.render(kustomization))
                    .as(kustomization.toString())
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void shouldMergeAPatchIntoItsContainerByNameAndKeepTheRest() throws Exception {
        write("deployment.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: app}
                spec:
                  replicas: 1
                  template:
                    spec:
                      containers:
                        - name: app
                          image: creditline/app:1
                          env: [{name: A, value: "1"}]
                          resources: {requests: {cpu: 100m}}
                """);
        write("patch.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: app}
                spec:
                  template:
                    spec:
                      containers:
                        - name: app
                          env: [{name: B, value: "2"}]
                          resources: {requests: {memory: 1Gi}}
                """);
        write("kustomization.yaml", """
                namespace: staging
                resources: [deployment.yaml]
                patches: [{path: patch.yaml}]
                replicas: [{name: app, count: 3}]
                images: [{name: creditline/app, newName: registry.example.com/creditline/app, newTag: "2"}]
                """);

        Map<String, Object> deployment = Kustomization.render(directory).getFirst();

        assertThat(ProjectYaml.at(deployment, "metadata.namespace")).isEqualTo("staging");
        assertThat(ProjectYaml.at(deployment, "spec.replicas")).isEqualTo(3);
        Map<String, Object> container =
                ProjectYaml.map(ProjectYaml.list(ProjectYaml.at(deployment, "spec.template.spec.containers"))
                        .getFirst());
        assertThat(container.get("image")).isEqualTo("registry.example.com/creditline/app:2");
        assertThat(container.get("env"))
                .isEqualTo(List.of(Map.of("name", "A", "value", "1"), Map.of("name", "B", "value", "2")));
        assertThat(container.get("resources")).isEqualTo(Map.of("requests", Map.of("cpu", "100m", "memory", "1Gi")));
    }

    @Test
    void shouldRefuseWhatItDoesNotRenderRatherThanSkipIt() throws Exception {
        write("kustomization.yaml", "resources: []\ncommonLabels: {team: credit}\n");
        assertThatThrownBy(() -> Kustomization.render(directory))
                .hasMessageContaining("'commonLabels' is not supported");

        write("kustomization.yaml", "resources: []\npatches: [{path: p.yaml, target: {kind: Deployment}}]\n");
        assertThatThrownBy(() -> Kustomization.render(directory)).hasMessageContaining("only patches by path");

        write("kustomization.yaml", "resources: []\nreplicas: [{name: missing, count: 2}]\n");
        assertThatThrownBy(() -> Kustomization.render(directory)).hasMessageContaining("no Deployment missing");
    }

    private void write(String name, String text) throws Exception {
        Files.writeString(directory.resolve(name), text);
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }
}
