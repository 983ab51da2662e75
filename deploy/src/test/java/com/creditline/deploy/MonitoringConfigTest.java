package com.creditline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.deploy.MonitoringQueries.Query;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The monitoring kept in {@code deploy/monitoring} holds together without a Prometheus or a Grafana:
 * the dashboards and rules parse, every panel reads the provisioned data source, every alert says
 * how loud it is, and Prometheus scrapes every service where docker-compose runs it. Whether the
 * metrics exist is {@link MonitoringMetricsIT}'s question.
 */
class MonitoringConfigTest {

    static final Set<String> SEVERITIES = Set.of("page", "ticket");

    @Test
    void shouldKeepDashboardsWithUniqueIdsWhosePanelsAllQueryTheProvisionedDataSource() {
        Map<String, Object> provisioned = MonitoringQueries.yaml(
                MonitoringQueries.MONITORING.resolve("grafana/provisioning/datasources/prometheus.yml"));
        String dataSource =
                String.valueOf(((Map<?, ?>) ((List<?>) provisioned.get("datasources")).getFirst()).get("uid"));
        List<Path> dashboards = MonitoringQueries.dashboards();
        assertThat(dashboards).hasSizeGreaterThanOrEqualTo(3);
        Set<String> uids = new HashSet<>();
        for (Path file : dashboards) {
            JsonNode dashboard = MonitoringQueries.dashboard(file);
            assertThat(uids.add(dashboard.path("uid").asString()))
                    .as(file + " uid")
                    .isTrue();
            assertThat(dashboard.path("title").asString()).as(file.toString()).isNotBlank();
            Set<Integer> ids = new HashSet<>();
            for (JsonNode panel : dashboard.path("panels")) {
                String where = file.getFileName() + " / " + panel.path("title").asString();
                assertThat(ids.add(panel.path("id").asInt())).as(where + " id").isTrue();
                if (panel.path("type").asString().equals("row")) {
                    continue;
                }
                assertThat(panel.path("datasource").path("uid").asString())
                        .as(where)
                        .isEqualTo(dataSource);
                assertThat(panel.path("targets").isEmpty())
                        .as(where + " has no query")
                        .isFalse();
                for (JsonNode target : panel.path("targets")) {
                    assertThat(target.path("expr").asString()).as(where).isNotBlank();
                    assertThat(target.path("datasource").path("uid").asString())
                            .as(where)
                            .isEqualTo(dataSource);
                }
            }
        }
    }

    @Test
    void shouldAlertOnWhatMustWakeSomeoneEachRuleWithASeverityAndASummary() {
        List<Map<String, Object>> rules = rules();
        for (Map<String, Object> rule : rules) {
            Object name = rule.get("alert");
            assertThat(String.valueOf(rule.get("expr"))).as(name + " expr").isNotBlank();
            assertThat(((Map<?, ?>) rule.get("labels")).get("severity"))
                    .as(name + " severity")
                    .isIn(SEVERITIES);
            assertThat(String.valueOf(((Map<?, ?>) rule.get("annotations")).get("summary")))
                    .as(name + " summary")
                    .isNotBlank();
        }
        Set<String> paging = rules.stream()
                .filter(r -> "page".equals(((Map<?, ?>) r.get("labels")).get("severity")))
                .map(r -> String.valueOf(r.get("alert")))
                .collect(Collectors.toSet());
        assertThat(paging)
                .contains(
                        "ReconciliationDifferences",
                        "DeadLetters",
                        "OutboxLag",
                        "EndOfDayFailed",
                        "EndOfDayNotRun",
                        "ServerErrors");
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldScrapeEveryServiceOnTheActuatorAtItsComposePortAndLoadTheRules() {
        Map<String, Object> prometheus = MonitoringQueries.yaml(MonitoringQueries.PROMETHEUS);
        assertThat((List<Object>) prometheus.get("rule_files")).contains("alerts.yml");
        Map<String, Object> job = (Map<String, Object>) ((List<?>) prometheus.get("scrape_configs")).getFirst();
        assertThat(job).containsEntry("metrics_path", "/actuator/prometheus");
        Map<String, String> targets = ((List<Map<String, Object>>) job.get("static_configs"))
                .stream()
                        .collect(Collectors.toMap(
                                c -> String.valueOf(((List<?>) c.get("targets")).getFirst()),
                                c -> String.valueOf(((Map<?, ?>) c.get("labels")).get("service"))));
        Map<String, Object> services =
                (Map<String, Object>) MonitoringQueries.yaml(TestPlatform.PROJECT.resolve("docker-compose.yml"))
                        .get("services");
        for (Service service : Service.values()) {
            Map<String, Object> env =
                    (Map<String, Object>) ((Map<String, Object>) services.get(service.module)).get("environment");
            assertThat(targets)
                    .as(service.module)
                    .containsEntry(service.module + ":" + env.get("SERVER_PORT"), service.shortName);
        }
        assertThat(targets).hasSize(Service.values().length);
    }

    @Test
    void shouldReadTheMetricNamesOfAnExpressionLeavingOutFunctionsLabelsRangesAndKeywords() {
        assertThat(MonitoringQueries.metricNames(
                        "histogram_quantile(0.95, sum by (service, uri, le) (rate(http_server_requests_seconds_bucket"
                                + "{service=~\"$service\", uri!~\"/actuator.*\"}[$__rate_interval])))"))
                .containsExactly("http_server_requests_seconds_bucket");
        assertThat(MonitoringQueries.metricNames(
                        "sum by (service, topic) (increase(inbox_dead_letters_total[15m])) > 0 or sum by (service, topic)"
                                + " (inbox_dead_letters_total unless inbox_dead_letters_total offset 15m)"))
                .containsExactly("inbox_dead_letters_total");
        assertThat(MonitoringQueries.metricNames("sum(increase(a_total[1d])) / sum(b_count) or vector(0)"))
                .containsExactly("a_total", "b_count");
        assertThat(MonitoringQueries.metricNames("up{job=\"creditline\"} == 0")).containsExactly("up");
    }

    @Test
    void shouldReadAtLeastOneMetricFromEveryExpression() {
        for (Query query : MonitoringQueries.all()) {
            assertThat(MonitoringQueries.metricNames(query.expr()))
                    .as(query.where() + ": " + query.expr())
                    .isNotEmpty()
                    .allMatch(name -> name.matches("[a-zA-Z_:][a-zA-Z0-9_:]*"));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rules() {
        return ((List<Map<String, Object>>)
                        MonitoringQueries.yaml(MonitoringQueries.ALERTS).get("groups"))
                .stream()
                        .flatMap(g -> ((List<Map<String, Object>>) g.get("rules")).stream())
                        .toList();
    }
}
