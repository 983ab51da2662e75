package com.creditline.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * Prometheus's own checks of {@code deploy/monitoring/prometheus}, where {@code promtool} is on the
 * path (Debian: {@code apt-get install prometheus}; skipped elsewhere): the configuration and the
 * rules are valid, and the rules' unit tests ({@code alerts-test.yml}) pass: each alert fires when
 * it should and not before, a topic's first dead letter included; and every dashboard query parses
 * as PromQL.
 */
class AlertRulesTest {

    static final Path PROMETHEUS = MonitoringQueries.MONITORING.resolve("prometheus");

    @Test
    void shouldPassPromtoolsChecksOfTheConfigurationAndTheRules() throws Exception {
        assertThat(promtool("check", "config", "prometheus.yml")).contains("SUCCESS");
    }

    @Test
    void shouldFireEachAlertWhenItShouldAndNotBefore() throws Exception {
        assertThat(promtool("test", "rules", "alerts-test.yml")).contains("SUCCESS");
    }

    @Test
    void shouldParseEveryDashboardQueryAsPromQl(@TempDir Path folder) throws Exception {
        List<MonitoringQueries.Query> queries = MonitoringQueries.dashboardQueries();
        List<Map<String, String>> rules = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            // Grafana's variables as Grafana fills them in.
            String expr =
                    queries.get(i).expr().replace("$__rate_interval", "1m").replace("$service", ".*");
            rules.add(Map.of("record", "dashboard:query_" + i, "expr", expr));
        }
        Path file = folder.resolve("dashboard-queries.yml");
        Files.writeString(
                file, new Yaml().dump(Map.of("groups", List.of(Map.of("name", "dashboards", "rules", rules)))));
        assertThat(promtool("check", "rules", file.toString())).contains("SUCCESS: " + queries.size() + " rules found");
    }

    private static String promtool(String... arguments) throws IOException, InterruptedException {
        Path promtool = promtool();
        assumeThat(promtool).as("promtool on the PATH").isNotNull();
        Process process = new ProcessBuilder(Stream.concat(Stream.of(promtool.toString()), Stream.of(arguments))
                        .toList())
                .directory(PROMETHEUS.toFile())
                .redirectErrorStream(true)
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private static Path promtool() {
        return List.of(System.getenv().getOrDefault("PATH", "").split(":")).stream()
                .map(dir -> Path.of(dir, "promtool"))
                .filter(Files::isExecutable)
                .findFirst()
                .orElse(null);
    }
}
