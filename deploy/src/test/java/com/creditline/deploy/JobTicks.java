package com.creditline.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scheduled jobs' ticks on both replicas of every service, from each replica's
 * {@code creditline_scheduled_job_runs_total{job_name, outcome}}: at each tick a replica either
 * ran the job or skipped it because the other held the job's lock. Run once across replicas means
 * the runs of both add up to no more than the ticks of one.
 */
final class JobTicks {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern SAMPLE =
            Pattern.compile("^creditline_scheduled_job_runs_total\\{([^}]*)} ([0-9.E+]+)$", Pattern.MULTILINE);
    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    /** Counts of one job on one replica. */
    record Count(double ran, double skipped) {
        Count minus(Count earlier) {
            return new Count(ran - earlier.ran, skipped - earlier.skipped);
        }

        double ticks() {
            return ran + skipped;
        }
    }

    /** What every replica's meter showed at one moment: service -> replica -> job -> count. */
    record Seen(Map<String, List<Map<String, Count>>> byService) {}

    /** Per service and job, the counts of each replica between two moments. */
    private final Map<String, Map<String, List<Count>>> counts = new TreeMap<>();

    static Seen seen(Platform platform, Replicas replicas) {
        Map<String, List<Map<String, Count>>> byService = new TreeMap<>();
        for (Service service : Service.backends()) {
            byService.put(
                    service.shortName,
                    List.of(scrape(platform.serviceUrl(service.shortName)), scrape(replicas.url(service.shortName))));
        }
        return new Seen(byService);
    }

    static JobTicks between(Seen start, Seen end) {
        JobTicks ticks = new JobTicks();
        end.byService().forEach((service, replicas) -> {
            for (int r = 0; r < replicas.size(); r++) {
                Map<String, Count> before = start.byService().get(service).get(r);
                replicas.get(r)
                        .forEach((job, count) -> ticks.counts
                                .computeIfAbsent(service, s -> new TreeMap<>())
                                .computeIfAbsent(job, j -> new ArrayList<>())
                                .add(count.minus(before.getOrDefault(job, new Count(0, 0)))));
            }
        });
        return ticks;
    }

    /**
     * Jobs whose runs on both replicas together exceed the ticks of the busier one by more than
     * one (a tick at the edge of the window): ticks that ran twice.
     */
    List<String> ranOnBoth() {
        List<String> twice = new ArrayList<>();
        counts.forEach((service, jobs) -> jobs.forEach((job, replicas) -> {
            double ran = replicas.stream().mapToDouble(Count::ran).sum();
            double ticks = replicas.stream().mapToDouble(Count::ticks).max().orElse(0);
            if (ran > ticks + 1) {
                twice.add(service + " " + job + ": ran " + ran + " in " + ticks + " ticks");
            }
        }));
        return twice;
    }

    double totalRuns() {
        return counts.values().stream()
                .flatMap(jobs -> jobs.values().stream())
                .flatMap(List::stream)
                .mapToDouble(Count::ran)
                .sum();
    }

    @Override
    public String toString() {
        StringBuilder table = new StringBuilder();
        counts.forEach((service, jobs) -> jobs.forEach((job, replicas) -> table.append(String.format(
                "  %-13s %-32s %s%n",
                service,
                job,
                replicas.stream()
                        .map(c -> String.format("ran %3.0f skipped %3.0f", c.ran(), c.skipped()))
                        .toList()))));
        return table.toString();
    }

    private static Map<String, Count> scrape(String serviceUrl) {
        String text = get(serviceUrl + "/actuator/prometheus");
        Map<String, double[]> found = new TreeMap<>();
        Matcher sample = SAMPLE.matcher(text);
        while (sample.find()) {
            Map<String, String> labels = new TreeMap<>();
            Matcher label = LABEL.matcher(sample.group(1));
            while (label.find()) {
                labels.put(label.group(1), label.group(2));
            }
            double[] both = found.computeIfAbsent(labels.get("job_name"), j -> new double[2]);
            both["ran".equals(labels.get("outcome")) ? 0 : 1] += Double.parseDouble(sample.group(2));
        }
        Map<String, Count> counts = new TreeMap<>();
        found.forEach((job, both) -> counts.put(job, new Count(both[0], both[1])));
        return counts;
    }

    private static String get(String url) {
        try {
            return HTTP.send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (IOException e) {
            throw new IllegalStateException("no metrics from " + url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
