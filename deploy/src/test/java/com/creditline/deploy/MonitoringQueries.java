package com.creditline.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The PromQL the monitoring in {@code deploy/monitoring} runs, dashboards and alert rules, and the
 * metric names each expression reads.
 */
final class MonitoringQueries {

    static final Path MONITORING = TestPlatform.PROJECT.resolve("deploy/monitoring");
    static final Path DASHBOARDS = MONITORING.resolve("grafana/dashboards");
    static final Path ALERTS = MONITORING.resolve("prometheus/alerts.yml");
    static final Path PROMETHEUS = MONITORING.resolve("prometheus/prometheus.yml");

    /** One expression and where it is: the dashboard and panel, or the alert. */
    record Query(String where, String expr) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Pattern LABEL_MATCHERS = Pattern.compile("\\{[^}]*}");
    private static final Pattern RANGES = Pattern.compile("\\[[^]]*]");
    private static final Pattern STRINGS = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern LABEL_LISTS =
            Pattern.compile("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern NAMES = Pattern.compile("(?<![\\w.$])([a-zA-Z_:][a-zA-Z0-9_:]*)(\\s*\\()?");
    private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\(\\s*([a-zA-Z_:][a-zA-Z0-9_:]*)");
    private static final Set<String> KEYWORDS = Set.of(
            "by",
            "without",
            "on",
            "ignoring",
            "group_left",
            "group_right",
            "offset",
            "bool",
            "and",
            "or",
            "unless",
            "inf",
            "nan");

    private MonitoringQueries() {}

    static List<Path> dashboards() {
        try (Stream<Path> files = Files.list(DASHBOARDS)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode dashboard(Path file) {
        try {
            return JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> yaml(Path file) {
        try {
            return new Yaml().load(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every panel target's expression of every dashboard. */
    static List<Query> dashboardQueries() {
        List<Query> queries = new ArrayList<>();
        for (Path file : dashboards()) {
            JsonNode dashboard = dashboard(file);
            for (JsonNode panel : dashboard.path("panels")) {
                for (JsonNode target : panel.path("targets")) {
                    queries.add(new Query(
                            file.getFileName() + " / " + panel.path("title").asString(),
                            target.path("expr").asString()));
                }
            }
        }
        return queries;
    }

    /** The metrics the dashboards' variables read their values from ({@code label_values(metric, label)}). */
    static Set<String> variableMetrics() {
        Set<String> names = new TreeSet<>();
        for (Path file : dashboards()) {
            for (JsonNode variable : dashboard(file).path("templating").path("list")) {
                Matcher m = LABEL_VALUES.matcher(variable.path("definition").asString());
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    /** Every alert rule's expression. */
    @SuppressWarnings("unchecked")
    static List<Query> alertQueries() {
        List<Query> queries = new ArrayList<>();
        for (Object group : (List<Object>) yaml(ALERTS).get("groups")) {
            for (Object rule : (List<Object>) ((Map<String, Object>) group).get("rules")) {
                Map<String, Object> r = (Map<String, Object>) rule;
                queries.add(new Query("alert " + r.get("alert"), String.valueOf(r.get("expr"))));
            }
        }
        return queries;
    }

    static List<Query> all() {
        List<Query> all = new ArrayList<>(dashboardQueries());
        all.addAll(alertQueries());
        return all;
    }

    /**
     * The metric names an expression reads, as Prometheus exposes the samples ({@code _total},
     * {@code _bucket}, {@code _count} and so on included): what is left once strings, label
     * matchers, ranges, label lists and function names are taken out.
     */
    static Set<String> metricNames(String expr) {
        String rest = STRINGS.matcher(expr).replaceAll("\"\"");
        rest = LABEL_MATCHERS.matcher(rest).replaceAll(" ");
        rest = RANGES.matcher(rest).replaceAll(" ");
        rest = LABEL_LISTS.matcher(rest).replaceAll(" ");
        Set<String> names = new TreeSet<>();
        Matcher m = NAMES.matcher(rest);
        while (m.find()) {
            boolean function = m.group(2) != null;
            if (!function && !KEYWORDS.contains(m.group(1).toLowerCase())) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** Every metric name the dashboards and alerts read. */
    static Set<String> allMetricNames() {
        Set<String> names = new TreeSet<>(variableMetrics());
        all().forEach(q -> names.addAll(metricNames(q.expr())));
        return names;
    }
}
