package com.creditline.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import org.junit.jupiter.api.Test;

/**
 * Every label the console's page and scripts ask for is in a dictionary (the shell's i18n.js or a
 * screen's views/*-labels.js), and every dictionary has the same keys in Chinese and in English
 * (staff in China work in Chinese), and no key is in two dictionaries: a screen added with a label in one language only, or a key
 * mistyped, fails here rather than showing the bare key in the browser.
 */
class ConsoleDictionaryTest {

    private static final Path CONSOLE = Path.of("src", "main", "resources", "static", "console");
    private static final Pattern ENTRY = Pattern.compile("^\\s*'([\\w.]+)':", Pattern.MULTILINE);
    private static final Pattern PAGE_KEY = Pattern.compile("data-i18n=\"([\\w.]+)\"");
    private static final Pattern SCRIPT_KEY = Pattern.compile("\\b(?:t\\(|i18n: |label: )'([\\w.]+)'");

    @Test
    void shouldHaveEveryLabelInBothLanguages() throws IOException {
        Set<String> known = new TreeSet<>();
        for (Path dictionary : dictionaries()) {
            String text = Files.readString(dictionary);
            int zh = text.indexOf("\n  zh: {");
            assertThat(zh).as(dictionary.toString()).isPositive();
            Set<String> english = keys(ENTRY, text.substring(0, zh));
            Set<String> chinese = keys(ENTRY, text.substring(zh));
            assertThat(chinese).as("Chinese labels of " + dictionary).isEqualTo(english);
            known.addAll(english);
        }

        assertThat(known).contains("nav.queue", "queue.title", "call.submit", "promise.submit");
        assertThat(known).containsAll(keys(PAGE_KEY, Files.readString(CONSOLE.resolve("index.html"))));
        for (Path script : scripts()) {
            assertThat(known).as(script.toString()).containsAll(keys(SCRIPT_KEY, Files.readString(script)));
        }
    }

    /** The dictionaries merge into one: a key in two of them shows one screen the other's label. */
    @Test
    void shouldHaveEveryKeyInOneDictionaryOnly() throws IOException {
        Map<String, Path> owners = new TreeMap<>();
        for (Path dictionary : dictionaries()) {
            for (String key : keys(ENTRY, Files.readString(dictionary))) {
                Path earlier = owners.putIfAbsent(key, dictionary);
                assertThat(earlier)
                        .as("'%s' of %s is also in %s", key, dictionary.getFileName(), earlier)
                        .isNull();
            }
        }
    }

    private static List<Path> dictionaries() throws IOException {
        return Stream.concat(Stream.of(CONSOLE.resolve("i18n.js")), views("-labels.js"))
                .toList();
    }

    private static List<Path> scripts() throws IOException {
        try (Stream<Path> top = Files.list(CONSOLE)) {
            return Stream.concat(top.filter(p -> p.toString().endsWith(".js")).toList().stream(), views(".js"))
                    .filter(p -> !p.toString().endsWith("-labels.js"))
                    .toList();
        }
    }

    private static Stream<Path> views(String suffix) throws IOException {
        try (Stream<Path> files = Files.list(CONSOLE.resolve("views"))) {
            return files.filter(p -> p.toString().endsWith(suffix)).sorted().toList().stream();
        }
    }

    private static Set<String> keys(Pattern pattern, String text) {
        Set<String> keys = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }
}
