package com.creditline.deploy;

import static com.creditline.deploy.ProjectYaml.list;
import static com.creditline.deploy.ProjectYaml.map;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Renders a kustomization of deploy/kubernetes as {@code kubectl kustomize} does, for the part of
 * Kustomize those use: {@code resources} (files and directories), {@code patches} by file
 * (strategic merge, the target named by the patch's own kind and name), {@code namespace},
 * {@code replicas} and {@code images}. Anything else in a kustomization.yaml fails the rendering,
 * so that the manifests cannot come to rely on a feature this renderer would silently skip.
 *
 * <p>The strategic merge is Kubernetes' for the fields the overlays patch: maps merge key by key,
 * lists whose items all have a {@code name} (containers, env, volumes) merge item by name, other
 * lists and values are replaced.
 */
final class Kustomization {

    private static final Set<String> SUPPORTED =
            Set.of("apiVersion", "kind", "namespace", "resources", "patches", "replicas", "images");

    private Kustomization() {}

    /** The resources the kustomization in this directory renders to, in the order they are listed. */
    static List<Map<String, Object>> render(Path directory) {
        Map<String, Object> kustomization = ProjectYaml.load(directory.resolve("kustomization.yaml"));
        for (String key : kustomization.keySet()) {
            if (!SUPPORTED.contains(key)) {
                throw new IllegalArgumentException(
                        directory + ": '" + key + "' is not supported by this renderer; supported: " + SUPPORTED);
            }
        }
        List<Map<String, Object>> resources = new ArrayList<>();
        for (Object entry : list(kustomization.getOrDefault("resources", List.of()))) {
            Path resource = directory.resolve(String.valueOf(entry)).normalize();
            resources.addAll(Files.isDirectory(resource) ? render(resource) : ProjectYaml.loadAll(resource));
        }
        for (Object entry : list(kustomization.getOrDefault("patches", List.of()))) {
            Map<String, Object> patchEntry = map(entry);
            if (!patchEntry.keySet().equals(Set.of("path"))) {
                throw new IllegalArgumentException(directory + ": only patches by path are supported: " + patchEntry);
            }
            for (Map<String, Object> patch :
                    ProjectYaml.loadAll(directory.resolve(String.valueOf(patchEntry.get("path"))))) {
                merge(find(resources, String.valueOf(patch.get("kind")), name(patch), directory), patch);
            }
        }
        if (kustomization.get("namespace") instanceof String namespace) {
            resources.forEach(resource -> metadata(resource).put("namespace", namespace));
        }
        for (Object entry : list(kustomization.getOrDefault("replicas", List.of()))) {
            Map<String, Object> replicas = map(entry);
            Map<String, Object> deployment =
                    find(resources, "Deployment", String.valueOf(replicas.get("name")), directory);
            map(deployment.get("spec")).put("replicas", replicas.get("count"));
        }
        for (Object entry : list(kustomization.getOrDefault("images", List.of()))) {
            setImage(resources, map(entry), directory);
        }
        requireUnique(resources, directory);
        return resources;
    }

    static String name(Map<String, Object> resource) {
        return String.valueOf(metadata(resource).get("name"));
    }

    private static Map<String, Object> metadata(Map<String, Object> resource) {
        return map(resource.get("metadata"));
    }

    private static Map<String, Object> find(List<Map<String, Object>> resources, String kind, String name, Path where) {
        return resources.stream()
                .filter(r -> kind.equals(r.get("kind")) && name.equals(name(r)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(where + ": no " + kind + " " + name + " to change"));
    }

    @SuppressWarnings("unchecked")
    private static void merge(Map<String, Object> target, Map<String, Object> patch) {
        patch.forEach((key, value) -> {
            Object current = target.get(key);
            if (value == null) {
                target.remove(key);
            } else if (current instanceof Map<?, ?> currentMap && value instanceof Map<?, ?> valueMap) {
                merge((Map<String, Object>) currentMap, (Map<String, Object>) valueMap);
            } else if (current instanceof List<?> currentList
                    && value instanceof List<?> valueList
                    && namedItems(currentList)
                    && namedItems(valueList)) {
                target.put(key, mergeByName((List<Object>) currentList, (List<Object>) valueList));
            } else {
                target.put(key, value);
            }
        });
    }

    private static boolean namedItems(List<?> items) {
        return items.stream().allMatch(item -> item instanceof Map<?, ?> m && m.containsKey("name"));
    }

    private static List<Object> mergeByName(List<Object> current, List<Object> patch) {
        List<Object> merged = new ArrayList<>(current);
        for (Object item : patch) {
            Map<String, Object> patchItem = map(item);
            merged.stream()
                    .map(ProjectYaml::map)
                    .filter(existing -> Objects.equals(existing.get("name"), patchItem.get("name")))
                    .findFirst()
                    .ifPresentOrElse(existing -> merge(existing, patchItem), () -> merged.add(patchItem));
        }
        return merged;
    }

    private static void setImage(List<Map<String, Object>> resources, Map<String, Object> image, Path where) {
        String name = String.valueOf(image.get("name"));
        int changed = 0;
        for (Map<String, Object> resource : resources) {
            if (!(resource.get("spec") instanceof Map<?, ?> spec
                    && spec.get("template") instanceof Map<?, ?> template
                    && template.get("spec") instanceof Map<?, ?> podSpec)) {
                continue;
            }
            for (Object item : list(podSpec.get("containers"))) {
                Map<String, Object> container = map(item);
                String current = String.valueOf(container.get("image"));
                int tagAt = current.lastIndexOf(':');
                String currentName = tagAt < 0 ? current : current.substring(0, tagAt);
                String currentTag = tagAt < 0 ? null : current.substring(tagAt + 1);
                if (currentName.equals(name)) {
                    String newName = String.valueOf(image.getOrDefault("newName", currentName));
                    Object newTag = image.getOrDefault("newTag", currentTag);
                    container.put("image", newTag == null ? newName : newName + ":" + newTag);
                    changed++;
                }
            }
        }
        if (changed == 0) {
            throw new IllegalArgumentException(where + ": no container runs the image " + name);
        }
    }

    private static void requireUnique(List<Map<String, Object>> resources, Path where) {
        Map<String, Map<String, Object>> seen = new LinkedHashMap<>();
        for (Map<String, Object> resource : resources) {
            String id = resource.get("kind") + "/" + metadata(resource).get("namespace") + "/" + name(resource);
            if (seen.put(id, resource) != null) {
                throw new IllegalArgumentException(where + ": " + id + " is declared twice");
            }
        }
    }
}
