package com.creditline.deploy.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every request a simulation made, in the simulation's JVM: its name, when it was sent, how long
 * it took and whether it succeeded. Written as CSV when the simulation ends, so that the benchmark
 * driver can compute what Gatling's report shows as charts: throughput and percentiles per level of
 * the ramp, and the maximum sustainable rate.
 */
final class RequestLog {

    static final RequestLog INSTANCE = new RequestLog();

    /** One request and its HTTP status (0 when it got no answer). */
    record Entry(String name, long sentAtMillis, long millis, boolean ok, int status) {

        /** Refused by the platform to protect itself (admission or rate limit): told to come back later. */
        boolean refused() {
            return status == 503 || status == 429;
        }
    }

    private final List<Entry> entries = new ArrayList<>(200_000);

    /** Per second of completion: requests, failures, and answers slower than two seconds. */
    private final Map<Long, int[]> seconds = new HashMap<>();

    private RequestLog() {}

    synchronized void add(String name, long sentAtMillis, long millis, boolean ok, int status) {
        entries.add(new Entry(name, sentAtMillis, millis, ok, status));
        int[] second = seconds.computeIfAbsent((sentAtMillis + millis) / 1000, s -> new int[3]);
        second[0]++;
        second[1] += ok ? 0 : 1;
        second[2] += millis > 2000 ? 1 : 0;
    }

    /**
     * True when the platform is clearly past what it can sustain: in each of the last two whole
     * seconds, more than a fifth of the answers failed or half took more than two seconds.
     */
    synchronized boolean runaway() {
        long now = System.currentTimeMillis() / 1000;
        return overwhelmed(seconds.get(now - 1)) && overwhelmed(seconds.get(now - 2));
    }

    private static boolean overwhelmed(int[] second) {
        return second != null && second[0] >= 10 && (second[1] * 5 > second[0] || second[2] * 2 > second[0]);
    }

    /** Writes {@code name,sentAtMillis,millis,ok,status} lines to {@code benchmark.out}/{simulation}.csv. */
    synchronized void write(String simulation) {
        Path file =
                Path.of(System.getProperty("benchmark.out", "target/benchmark")).resolve(simulation + ".csv");
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file)) {
                out.write("name,sentAtMillis,millis,ok,status\n");
                for (Entry e : entries) {
                    out.write(e.name() + "," + e.sentAtMillis() + "," + e.millis() + "," + e.ok() + "," + e.status()
                            + "\n");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Entry> read(Path file) throws IOException {
        List<Entry> entries = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            entries.add(new Entry(
                    f[0],
                    Long.parseLong(f[1]),
                    Long.parseLong(f[2]),
                    Boolean.parseBoolean(f[3]),
                    Integer.parseInt(f[4])));
        }
        return entries;
    }
}
