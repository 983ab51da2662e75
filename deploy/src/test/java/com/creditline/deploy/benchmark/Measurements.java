package com.creditline.deploy.benchmark;

import com.creditline.deploy.benchmark.RequestLog.Entry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the request logs of the simulations say: throughput and latency percentiles (of the
 * successful requests, as Gatling's "OK" columns), per request and overall, and the levels of the
 * capacity ramp with the highest one the platform sustained.
 */
final class Measurements {

    /** Throughput and latency of a set of requests. */
    record Stats(
            String name,
            long count,
            long failed,
            double perSecond,
            double okPerSecond,
            long p50,
            long p95,
            long p99,
            long max,
            long fromMillis,
            long toMillis) {

        double failedPercent() {
            return count == 0 ? 0 : 100.0 * failed / count;
        }
    }

    /** One level of the ramp: the rate offered, what the platform made of it, and whether it kept up. */
    record Level(int index, double offered, Stats stats, boolean sustained, String verdict) {}

    /** Errors at most 1%, p95 at most 500 ms, and at least 95% of the offered rate answered successfully. */
    static final double MAX_FAILED_PERCENT = 1.0;

    static final long MAX_P95_MILLIS = 500;
    static final double MIN_SHARE_ANSWERED = 0.95;

    private Measurements() {}

    static Stats stats(String name, List<Entry> entries) {
        if (entries.isEmpty()) {
            return new Stats(name, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        List<Long> ok = new ArrayList<>();
        long failed = 0;
        for (Entry e : entries) {
            from = Math.min(from, e.sentAtMillis());
            to = Math.max(to, e.sentAtMillis());
            if (e.ok()) {
                ok.add(e.millis());
            } else {
                failed++;
            }
        }
        ok.sort(null);
        double seconds = Math.max(1, to - from) / 1000.0;
        return new Stats(
                name,
                entries.size(),
                failed,
                entries.size() / seconds,
                ok.size() / seconds,
                percentile(ok, 50),
                percentile(ok, 95),
                percentile(ok, 99),
                ok.isEmpty() ? 0 : ok.getLast(),
                from,
                to);
    }

    /** Overall, then per request name in the order they first appear. */
    static List<Stats> byRequest(List<Entry> entries) {
        Map<String, List<Entry>> byName = new LinkedHashMap<>();
        for (Entry e : entries) {
            byName.computeIfAbsent(e.name(), n -> new ArrayList<>()).add(e);
        }
        List<Stats> stats = new ArrayList<>();
        stats.add(stats("all requests", entries));
        byName.forEach((name, list) -> stats.add(stats(name, list)));
        return stats;
    }

    /**
     * The levels of the ramp, from the schedule the simulation followed: level i offers {@code from
     * + i * step} per second from {@code i * (ramp + level) + ramp} seconds after the first request
     * for {@code level} seconds. The first second of each level is left out (arrivals settle).
     */
    static List<Level> levels(
            List<Entry> entries, double from, double step, int levels, long levelSeconds, long rampSeconds) {
        List<Level> result = new ArrayList<>();
        if (entries.isEmpty()) {
            return result;
        }
        long origin = entries.stream().mapToLong(Entry::sentAtMillis).min().orElseThrow();
        for (int i = 0; i < levels; i++) {
            long start = origin + (i * (rampSeconds + levelSeconds) + rampSeconds + 1) * 1000;
            long end = origin + (i + 1) * (rampSeconds + levelSeconds) * 1000;
            List<Entry> window = entries.stream()
                    .filter(e -> e.sentAtMillis() >= start && e.sentAtMillis() < end)
                    .toList();
            if (window.isEmpty()) {
                break;
            }
            double offered = from + i * step;
            Stats s = stats("level " + (i + 1), window);
            double seconds = (end - start) / 1000.0;
            double answered = (s.count() - s.failed()) / seconds;
            String verdict;
            if (s.failedPercent() > MAX_FAILED_PERCENT) {
                verdict = "errors %.1f%%".formatted(s.failedPercent());
            } else if (s.p95() > MAX_P95_MILLIS) {
                verdict = "p95 %d ms".formatted(s.p95());
            } else if (answered < MIN_SHARE_ANSWERED * offered) {
                verdict = "answered %.0f/s of %.0f/s".formatted(answered, offered);
            } else {
                verdict = "kept up";
            }
            boolean sustained = verdict.equals("kept up");
            Stats adjusted = new Stats(
                    s.name(),
                    s.count(),
                    s.failed(),
                    s.count() / seconds,
                    answered,
                    s.p50(),
                    s.p95(),
                    s.p99(),
                    s.max(),
                    start,
                    end);
            result.add(new Level(i + 1, offered, adjusted, sustained, verdict));
        }
        return result;
    }

    /**
     * The highest successful throughput among the sustained levels; 0 if none was. A level below it
     * that did not keep up (a latency spike while other work shared the two cores, a collection, the
     * JIT) does not lower it: the platform did sustain the higher rate afterwards.
     */
    static double maximumSustained(List<Level> levels) {
        return levels.stream()
                .filter(Level::sustained)
                .mapToDouble(l -> l.stats().okPerSecond())
                .max()
                .orElse(0);
    }

    /**
     * A flash sale and what followed: the rush (requests sent before {@code rushEndsMillis}) and the
     * ordinary trade after it, each as answered successfully per second of its schedule, refused
     * (429 or 503: told to come back) with how fast the refusals came, and failed otherwise.
     */
    record Overload(Window rush, Window after, List<Integer> afterOkBySecond, GatewayRefusals atGateway) {}

    /** One window of the overload phase, over the seconds it was scheduled for. */
    record Window(
            double offered,
            long sent,
            double okPerSecond,
            long refused,
            long refusedP50,
            long refusedP99,
            long refusedMax,
            long otherFailures,
            Stats answered) {}

    static Overload overload(
            List<Entry> entries,
            double rushRate,
            double rushSeconds,
            double afterRate,
            double afterSeconds,
            GatewayRefusals atGateway) {
        long rushEnds = rushEnds(entries, rushSeconds);
        List<Entry> rush = rush(entries, rushSeconds);
        List<Entry> after =
                entries.stream().filter(e -> e.sentAtMillis() >= rushEnds).toList();
        List<Integer> bySecond = new ArrayList<>();
        for (int second = 0; second < (int) afterSeconds; second++) {
            long from = rushEnds + second * 1000L;
            bySecond.add((int) after.stream()
                    .filter(e -> e.ok() && e.sentAtMillis() >= from && e.sentAtMillis() < from + 1000)
                    .count());
        }
        return new Overload(
                window(rush, rushRate, rushSeconds),
                window(after, afterRate, afterSeconds),
                List.copyOf(bySecond),
                atGateway);
    }

    /** The requests of the flash sale's rush: sent within its first {@code rushSeconds}. */
    static List<Entry> rush(List<Entry> entries, double rushSeconds) {
        long rushEnds = rushEnds(entries, rushSeconds);
        return entries.stream().filter(e -> e.sentAtMillis() < rushEnds).toList();
    }

    private static long rushEnds(List<Entry> entries, double rushSeconds) {
        return entries.stream().mapToLong(Entry::sentAtMillis).min().orElse(0) + (long) (rushSeconds * 1000);
    }

    private static Window window(List<Entry> entries, double offered, double seconds) {
        List<Long> refused = entries.stream()
                .filter(Entry::refused)
                .map(Entry::millis)
                .sorted()
                .toList();
        long ok = entries.stream().filter(Entry::ok).count();
        long other = entries.size() - ok - refused.size();
        return new Window(
                offered,
                entries.size(),
                ok / seconds,
                refused.size(),
                percentile(refused, 50),
                percentile(refused, 99),
                refused.isEmpty() ? 0 : refused.getLast(),
                other,
                stats("answered", entries.stream().filter(Entry::ok).toList()));
    }

    static long percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
