package com.creditline.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every label the console's page and script ask for is in its dictionary, in Chinese and in
 * English alike (staff in China work in Chinese): a screen added with a label in one language
 * only, or a key mistyped, fails here rather than showing the bare key in the browser.
 */
class ConsoleDictionaryTest {

    private static final Pattern ENTRY = Pattern.compile("^\\s*'([\\w.]+)':", Pattern.MULTILINE);
    private static final Pattern PAGE_KEY = Pattern.compile("data-i18n=\"([\\w.]+)\"");
    private static final Pattern SCRIPT_KEY = Pattern.compile("\\bt\\('([\\w.]+)'");

    @Test
    void shouldHaveEveryLabelInBothLanguages() throws IOException {
        String dictionary = resource("i18n.js");
        int zh = dictionary.indexOf("\n  zh: {");
        assertThat(zh).isPositive();
        Set<String> english = keys(ENTRY, dictionary.substring(0, zh));
        Set<String> chinese = keys(ENTRY, dictionary.substring(zh));

        assertThat(chinese).isEqualTo(english);
        assertThat(english).contains("nav.queue", "queue.title", "call.submit", "promise.submit");
        assertThat(english).containsAll(keys(PAGE_KEY, resource("index.html")));
        assertThat(english).containsAll(keys(SCRIPT_KEY, resource("app.js")));
    }

    private static Set<String> keys(Pattern pattern, String text) {
        Set<String> keys = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ConsoleDictionaryTest.class.getResourceAsStream("/static/console/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
