package com.creditline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/**
 * The repository's YAML read as plain maps, for the tests that hold deployment files
 * (docker-compose.yml, deploy/kubernetes) to the services' own application.yml.
 */
final class ProjectYaml {

    static final Path PROJECT = TestPlatform.PROJECT;

    private static final Pattern ADDRESS_VARIABLE = Pattern.compile("\\$\\{([A-Z_]+_URL):");

    private ProjectYaml() {}

    static Map<String, Object> load(Path file) {
        return new Yaml().load(read(file));
    }

    /** Every document of a multi-document file, empty ones left out. */
    static List<Map<String, Object>> loadAll(Path file) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml().loadAll(read(file))) {
            if (document != null) {
                documents.add(map(document));
            }
        }
        return documents;
    }

    static Map<String, Object> applicationYaml(Service service) {
        return load(applicationYamlFile(service));
    }

    static Path applicationYamlFile(Service service) {
        return PROJECT.resolve(service.module).resolve("src/main/resources/application.yml");
    }

    /** A service's application.yml reading another service's address from a variable (CREDIT_LIMIT_URL, ...). */
    record AddressRead(String variable, Service target) {}

    /** Every place a service's application.yml reads the address of a service it calls. */
    static List<AddressRead> addressesReadBy(Service service) {
        List<AddressRead> reads = new ArrayList<>();
        Matcher placeholders = ADDRESS_VARIABLE.matcher(read(applicationYamlFile(service)));
        while (placeholders.find()) {
            String variable = placeholders.group(1);
            Service target = Service.backends().stream()
                    .filter(s -> variable.equals(s.urlVariable))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no service for " + variable));
            reads.add(new AddressRead(variable, target));
        }
        return reads;
    }

    /** The value at a dotted path such as {@code server.port}, null where the path ends early. */
    static Object at(Map<String, Object> yaml, String dottedPath) {
        Object node = yaml;
        for (String key : dottedPath.split("\\.")) {
            if (!(node instanceof Map<?, ?> current)) {
                return null;
            }
            node = current.get(key);
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node) {
        assertThat(node).isInstanceOf(Map.class);
        return (Map<String, Object>) node;
    }

    static List<?> list(Object node) {
        if (node == null) {
            return List.of();
        }
        assertThat(node).isInstanceOf(List.class);
        return (List<?>) node;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }
}
