package com.creditline.deploy.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Java Flight Recorder in the running services: started and stopped with {@code jcmd} around a
 * phase (no JVM option needed), then read here to say where each service spends its CPU: the
 * hottest methods, the libraries the samples fall in, the garbage collector's pauses and the CPU
 * the JVM used.
 */
public final class FlightRecordings {

    private static final String RECORDING = "benchmark";

    /** What one service's recording shows. */
    record Profile(
            String service,
            Path file,
            int samples,
            Map<String, Double> libraries,
            Map<String, Double> hotMethods,
            Map<String, Double> inclusive,
            int collections,
            Duration gcPauses,
            double jvmCpu,
            double machineCpu,
            Map<String, Double> threads,
            Map<String, Double> exceptions,
            double seconds) {}

    private final Path directory;
    private final Map<String, Long> recording = new LinkedHashMap<>();

    FlightRecordings(Path directory) {
        this.directory = directory;
    }

    /** Starts a recording with the "profile" settings (execution samples every 10-20 ms) in each service. */
    void start(Map<String, Long> pids) throws IOException, InterruptedException {
        Files.createDirectories(directory);
        for (Map.Entry<String, Long> service : pids.entrySet()) {
            Path file = directory.resolve(service.getKey() + ".jfr").toAbsolutePath();
            Files.deleteIfExists(file);
            if (jcmd(service.getValue(), "JFR.start", "name=" + RECORDING, "settings=profile", "filename=" + file)) {
                recording.put(service.getKey(), service.getValue());
            }
        }
    }

    /** Stops the recordings (each is written to its file). */
    void stop() throws IOException, InterruptedException {
        for (Map.Entry<String, Long> service : recording.entrySet()) {
            jcmd(service.getValue(), "JFR.stop", "name=" + RECORDING);
        }
    }

    List<Path> files() {
        return recording.keySet().stream()
                .map(s -> directory.resolve(s + ".jfr"))
                .filter(Files::isRegularFile)
                .toList();
    }

    /** Reads each recording, and keeps {@code jfr view hot-methods} and others next to it as text. */
    List<Profile> analyse() throws IOException, InterruptedException {
        List<Profile> profiles = new ArrayList<>();
        for (String service : recording.keySet()) {
            Path file = directory.resolve(service + ".jfr");
            if (!Files.isRegularFile(file)) {
                continue;
            }
            profiles.add(read(service, file));
            for (String view : List.of("hot-methods", "gc-pauses", "contention-by-site", "allocation-by-class")) {
                jfrView(view, file, directory.resolve(service + "." + view + ".txt"));
            }
        }
        return profiles;
    }

    /**
     * Re-reads recordings and prints what the benchmark's summary shows for each:
     * {@code FlightRecordings gateway=deploy/target/benchmark/jfr/gateway.jfr checkout=...}.
     */
    public static void main(String[] args) throws IOException {
        Summary summary = new Summary();
        List<Profile> profiles = new ArrayList<>();
        for (String arg : args) {
            String[] nameAndFile = arg.split("=", 2);
            profiles.add(read(nameAndFile[0], Path.of(nameAndFile[1])));
        }
        summary.profiles(
                profiles, null, Map.of(), Path.of(args[0].split("=", 2)[1]).getParent());
        System.out.println(summary.text());
    }

    static Profile read(String service, Path file) throws IOException {
        Map<String, Integer> libraries = new HashMap<>();
        Map<String, Integer> methods = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        int samples = 0;
        int collections = 0;
        Duration pauses = Duration.ZERO;
        double jvmCpu = 0;
        double machineCpu = 0;
        int cpuEvents = 0;
        Map<String, Double> threadLoad = new HashMap<>();
        Map<Long, Integer> threadEvents = new HashMap<>();
        Map<String, Integer> exceptions = new HashMap<>();
        Instant first = null;
        Instant last = null;
        try (RecordingFile recording = new RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                first = first == null || event.getStartTime().isBefore(first) ? event.getStartTime() : first;
                last = last == null || event.getEndTime().isAfter(last) ? event.getEndTime() : last;
                switch (event.getEventType().getName()) {
                    case "jdk.ExecutionSample" -> {
                        RecordedStackTrace stack = event.getStackTrace();
                        if (stack == null || stack.getFrames().isEmpty()) {
                            continue;
                        }
                        samples++;
                        List<RecordedFrame> frames = stack.getFrames();
                        methods.merge(name(frames.getFirst().getMethod()), 1, Integer::sum);
                        libraries.merge(library(frames), 1, Integer::sum);
                        for (String marker : markers(frames)) {
                            inclusive.merge(marker, 1, Integer::sum);
                        }
                    }
                    case "jdk.GarbageCollection" -> {
                        collections++;
                        pauses = pauses.plus(event.getDuration("sumOfPauses"));
                    }
                    case "jdk.ThreadCPULoad" -> {
                        if (event.getThread() != null) {
                            String thread = threadGroup(event.getThread().getJavaName());
                            threadLoad.merge(
                                    thread, (double) event.getFloat("user") + event.getFloat("system"), Double::sum);
                            threadEvents.merge(event.getThread().getId(), 1, Integer::sum);
                        }
                    }
                    case "jdk.JavaExceptionThrow" -> {
                        String type = event.getClass("thrownClass").getName();
                        String message = event.getString("message");
                        exceptions.merge(
                                type.substring(type.lastIndexOf('.') + 1)
                                        + (message == null
                                                ? ""
                                                : ": " + message.substring(0, Math.min(60, message.length()))),
                                1,
                                Integer::sum);
                    }
                    case "jdk.CPULoad" -> {
                        jvmCpu += event.getFloat("jvmUser") + event.getFloat("jvmSystem");
                        machineCpu += event.getFloat("machineTotal");
                        cpuEvents++;
                    }
                    default -> {}
                }
            }
        }
        return new Profile(
                service,
                file,
                samples,
                shares(libraries, samples, 12),
                shares(methods, samples, 12),
                shares(inclusive, samples, 20),
                collections,
                pauses,
                cpuEvents == 0 ? 0 : jvmCpu / cpuEvents,
                cpuEvents == 0 ? 0 : machineCpu / cpuEvents,
                threadShares(threadLoad, threadEvents),
                exceptionRates(exceptions, first, last),
                first == null ? 0 : Duration.between(first, last).toMillis() / 1000.0);
    }

    /**
     * CPU by kind of thread, in cores: jdk.ThreadCPULoad gives each thread's share of the whole
     * machine per period; the average over the periods is summed per kind, times the core count.
     */
    private static Map<String, Double> threadShares(Map<String, Double> load, Map<Long, Integer> events) {
        int periods = events.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        int cores = Runtime.getRuntime().availableProcessors();
        Map<String, Double> cpu = new LinkedHashMap<>();
        load.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(8)
                .forEach(e -> cpu.put(e.getKey(), e.getValue() / periods * cores));
        return cpu;
    }

    private static Map<String, Double> exceptionRates(Map<String, Integer> counts, Instant first, Instant last) {
        double seconds =
                first == null ? 1 : Math.max(1, Duration.between(first, last).toMillis() / 1000.0);
        Map<String, Double> rates = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(5)
                .forEach(e -> rates.put(e.getKey(), e.getValue() / seconds));
        return rates;
    }

    /** Threads of one kind together: numbers and what follows a '|' dropped, names of note spelled out. */
    static String threadGroup(String name) {
        if (name == null) {
            return "unnamed";
        }
        String kind = name.replaceAll("\\|.*", "").replaceAll("[0-9]+", "#").trim();
        if (kind.startsWith("ForkJoinPool-#-worker")) {
            return "virtual-thread carriers (request work)";
        }
        if (kind.startsWith("C# CompilerThread")) {
            return "JIT compilers (C1, C2)";
        }
        return kind;
    }

    private static Map<String, Double> shares(Map<String, Integer> counts, int total, int top) {
        Map<String, Double> shares = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(top)
                .forEach(e -> shares.put(e.getKey(), total == 0 ? 0 : 100.0 * e.getValue() / total));
        return shares;
    }

    private static String name(RecordedMethod method) {
        String type = method.getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + method.getName();
    }

    /**
     * The library a sample is spent in: that of the first frame from the top that is not the JDK's
     * (the JDK's own code counts for its caller: a HashMap lookup inside Hibernate is Hibernate's),
     * or the JDK area if the whole stack is the JDK's.
     */
    static String library(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            if (!isJdk(type)) {
                return libraryOf(type);
            }
        }
        String top = frames.getFirst().getMethod().getType().getName();
        if (top.startsWith("sun.security") || top.startsWith("java.security") || top.startsWith("com.sun.crypto")) {
            return "JDK crypto";
        }
        if (top.startsWith("sun.nio") || top.startsWith("java.nio") || top.startsWith("sun.net")) {
            return "JDK I/O";
        }
        return "JDK (" + packageOf(top, 2) + ")";
    }

    private static boolean isJdk(String type) {
        return type.startsWith("java.")
                || type.startsWith("javax.")
                || type.startsWith("jdk.")
                || type.startsWith("sun.")
                || type.startsWith("com.sun.");
    }

    private static final Map<String, String> LIBRARIES = libraries();

    private static Map<String, String> libraries() {
        Map<String, String> l = new LinkedHashMap<>();
        l.put("org.springframework.cloud.gateway", "Spring Cloud Gateway");
        l.put("org.springframework.security", "Spring Security");
        l.put("com.nimbusds", "JWT (Nimbus)");
        l.put("tools.jackson", "JSON (Jackson)");
        l.put("com.fasterxml.jackson", "JSON (Jackson)");
        l.put("org.hibernate", "Hibernate");
        l.put("org.postgresql", "JDBC driver");
        l.put("com.zaxxer.hikari", "Hikari pool");
        l.put("org.apache.catalina", "Tomcat");
        l.put("org.apache.coyote", "Tomcat");
        l.put("org.apache.tomcat", "Tomcat");
        l.put("io.netty", "Netty");
        l.put("reactor.", "Reactor");
        l.put("org.springframework.web", "Spring Web");
        l.put("org.springframework.http", "Spring Web");
        l.put("org.springframework.transaction", "Spring transactions");
        l.put("org.springframework.orm", "Spring Data / ORM");
        l.put("org.springframework.data", "Spring Data / ORM");
        l.put("org.springframework.jdbc", "Spring JDBC");
        l.put("org.springframework.kafka", "Kafka client");
        l.put("org.apache.kafka", "Kafka client");
        l.put("org.springframework.aop", "Spring AOP / proxies");
        l.put("org.springframework", "Spring (other)");
        l.put("ch.qos.logback", "Logging");
        l.put("org.slf4j", "Logging");
        l.put("io.micrometer", "Micrometer");
        l.put("io.github.resilience4j", "Resilience4j");
        l.put("org.apache.http", "HTTP client");
        l.put("org.apache.hc", "HTTP client");
        l.put("com.creditline", "creditline code");
        return l;
    }

    static String libraryOf(String type) {
        for (Map.Entry<String, String> library : LIBRARIES.entrySet()) {
            if (type.startsWith(library.getKey())) {
                return library.getValue();
            }
        }
        return packageOf(type, 2);
    }

    /** What a sample is spent under, anywhere in its stack (a sample counts once per marker). */
    static List<String> markers(List<RecordedFrame> frames) {
        List<String> markers = new ArrayList<>();
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            String marker = null;
            if (type.startsWith("com.nimbusds.jose.crypto") || type.startsWith("sun.security.rsa")) {
                marker = "JWT signature (crypto)";
            } else if (type.startsWith("com.nimbusds")
                    || type.startsWith("org.springframework.security.oauth2.jwt")
                    || type.startsWith("org.springframework.security.oauth2.server.resource.authentication")) {
                // the decoder and its checks; not the filters, whose frames hold the whole request
                marker = "JWT decoding and checks";
            } else if (type.startsWith("tools.jackson") || type.startsWith("com.fasterxml.jackson")) {
                marker = "JSON (Jackson)";
            } else if (type.startsWith("org.hibernate")) {
                marker = "Hibernate";
            } else if (type.startsWith("org.postgresql")) {
                marker = "JDBC driver";
            } else if (type.startsWith("ch.qos.logback") || type.startsWith("org.slf4j")) {
                marker = "logging";
            } else if (type.startsWith("org.apache.kafka")) {
                marker = "Kafka client";
            } else if (type.startsWith("com.creditline.common.outbox")) {
                marker = "outbox";
            } else if (type.startsWith("com.creditline.common.inbox")) {
                marker = "inbox";
            } else if (type.startsWith("com.creditline.gateway.ratelimit")) {
                marker = "rate limiter";
            } else if (type.startsWith("com.creditline.gateway.audit")) {
                marker = "audit";
            } else if (type.startsWith("com.creditline.common.idempotency")) {
                marker = "idempotency keys";
            } else if (type.startsWith("com.creditline.checkout.fraud")) {
                marker = "fraud check";
            } else if (type.startsWith("com.creditline.checkout.order.CreditLineClient")
                    || type.startsWith("org.springframework.web.client")) {
                marker = "REST calls to peers";
            } else if (type.startsWith("io.micrometer")) {
                marker = "metrics";
            } else if (type.startsWith("org.springframework.transaction")) {
                marker = "inside a transaction";
            }
            if (marker != null && !markers.contains(marker)) {
                markers.add(marker);
            }
        }
        return markers;
    }

    private static String packageOf(String type, int segments) {
        String[] parts = type.split("\\.");
        return String.join(".", Arrays.copyOf(parts, Math.min(segments, Math.max(1, parts.length - 1))));
    }

    private static boolean jcmd(long pid, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>();
        line.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
        line.add(Long.toString(pid));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
    }

    private static void jfrView(String view, Path file, Path output) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "jfr").toString(),
                        "view",
                        "--width",
                        "160",
                        view,
                        file.toString())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        process.waitFor(120, TimeUnit.SECONDS);
    }
}
