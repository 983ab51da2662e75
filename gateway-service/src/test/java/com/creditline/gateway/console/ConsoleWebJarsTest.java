package com.creditline.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every WebJar path a console script loads (the dashboard's ECharts) is on the gateway's class
 * path at that version, so a WebJar upgraded in the pom without the script (or the other way round)
 * fails here rather than in a browser.
 */
class ConsoleWebJarsTest {

    private static final Path CONSOLE = Path.of("src/main/resources/static/console");
    private static final Pattern WEBJAR = Pattern.compile("'(/webjars/[^']+)'");

    @Test
    void shouldServeEveryWebJarPathTheConsoleLoads() throws IOException {
        List<String> paths = new ArrayList<>();
        try (Stream<Path> scripts = Files.walk(CONSOLE)) {
            for (Path script : scripts.filter(p -> p.toString().endsWith(".js")).toList()) {
                Matcher m = WEBJAR.matcher(Files.readString(script));
                while (m.find()) {
                    paths.add(m.group(1));
                }
            }
        }
        assertThat(paths).anyMatch(p -> p.startsWith("/webjars/echarts/"));
        for (String path : paths) {
            assertThat(getClass().getResource("/META-INF/resources" + path))
                    .as(path)
                    .isNotNull();
        }
    }
}
