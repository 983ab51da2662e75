package com.creditline.deploy;

import static com.creditline.deploy.ProjectYaml.PROJECT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Kafka topics as the code names them: each service's topics are constants of its
 * {@code *Topics} class in common-lib's {@code com.creditline.events} (its published contract), and
 * a service follows a topic by naming that constant in an inbox {@code EventHandler}.
 */
final class EventTopics {

    private static final Path CONTRACTS = PROJECT.resolve("common-lib/src/main/java/com/creditline/events");
    // A topic is named <owner>.<what>.v<version>; the classes hold message keys too.
    private static final Pattern TOPIC_NAME = Pattern.compile("[a-z-]+(\\.[a-z-]+)+\\.v\\d+");
    // An inbox handler names its topic in topic() or in EventHandler.on(topic, ...).
    private static final Pattern FOLLOWED = Pattern.compile(
            "(?:String\\s+topic\\(\\)\\s*\\{\\s*return\\s+|EventHandler\\.on\\(\\s*)(\\w+Topics)\\.(\\w+)");

    private EventTopics() {}

    /** Every topic the services publish to. */
    static Set<String> all() {
        Set<String> topics = new TreeSet<>();
        for (Class<?> contract : contracts().values()) {
            for (Field field : contract.getFields()) {
                String value = constant(field);
                if (value != null && TOPIC_NAME.matcher(value).matches()) {
                    topics.add(value);
                }
            }
        }
        return topics;
    }

    /** The topics a service's inbox handlers follow (the business date, which every service follows, aside). */
    static Set<String> followedBy(Service service) {
        Map<String, Class<?>> contracts = contracts();
        Set<String> topics = new TreeSet<>();
        for (Path file : files(PROJECT.resolve(service.module).resolve("src/main/java"), ".java")) {
            Matcher handler = FOLLOWED.matcher(ProjectYaml.read(file));
            while (handler.find()) {
                try {
                    topics.add(constant(contracts.get(handler.group(1)).getField(handler.group(2))));
                } catch (NoSuchFieldException e) {
                    throw new IllegalStateException(file + " names an unknown topic", e);
                }
            }
        }
        return topics;
    }

    /** The {@code *Topics} classes by simple name. */
    private static Map<String, Class<?>> contracts() {
        Map<String, Class<?>> contracts = new TreeMap<>();
        for (Path file : files(CONTRACTS, "Topics.java")) {
            String className = "com.creditline.events."
                    + CONTRACTS.relativize(file).toString().replace(".java", "").replace('/', '.');
            try {
                Class<?> contract = Class.forName(className);
                contracts.put(contract.getSimpleName(), contract);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return contracts;
    }

    private static List<Path> files(Path directory, String suffix) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(f -> f.toString().endsWith(suffix)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String constant(Field field) {
        try {
            return Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
                    ? (String) field.get(null)
                    : null;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
