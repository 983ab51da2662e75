package com.creditline.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Each service's JDK ahead-of-time cache (JEP 483/514/515): the classes Spring loads and links
 * while starting, kept in a file the JVM maps at start instead of reading, parsing and verifying
 * them again. The JVM only caches classes loaded from plain jars on the class path, so the cache
 * belongs to the service jar extracted next to it ({@code target/aot/}, Spring Boot's extracted
 * layout), never to the fat jar.
 *
 * <p>A training run starts each extracted service against a throwaway PostgreSQL and Kafka broker
 * and stops once its application context has refreshed ({@code spring.context.exit=onRefresh}),
 * writing the cache as it exits. A stamp of the fat jar it came from (size and modification time)
 * is written last: a service whose jar was rebuilt since then starts from its fat jar as before,
 * without the cache, until it is trained again.
 */
final class StartupCache {

    private static final String STAMP = "trained-from";

    /** Generous: six JVMs train at once, and a shared two-core machine can be slow. */
    private static final Duration TRAINING_TIMEOUT = Duration.ofMinutes(15);

    private StartupCache() {}

    /** How to launch a service's jar: from the extracted jar with its cache when both are current. */
    static List<String> launch(Path jar) {
        Path directory = directory(jar);
        Path extracted = directory.resolve(jar.getFileName());
        Path cache = cacheFile(jar);
        if (isCurrent(jar) && Files.isRegularFile(extracted) && Files.isRegularFile(cache)) {
            return List.of("-XX:AOTCache=" + cache, "-jar", extracted.toString());
        }
        return List.of("-jar", jar.toString());
    }

    /** How many of the platform's services will start from a current cache. */
    static long servicesWithCache(PlatformSettings settings) {
        return Arrays.stream(Service.values())
                .filter(service -> isCurrent(Platform.jar(settings, service)))
                .count();
    }

    static boolean isCurrent(Path jar) {
        try {
            Path stamp = directory(jar).resolve(STAMP);
            return Files.isRegularFile(stamp) && Files.readString(stamp).equals(stamp(jar));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Trains every service whose cache is missing or older than its jar, all at once, against a
     * PostgreSQL and a broker of their own in {@code deploy/target/aot-training}. Does nothing when
     * every cache is current.
     */
    static void prepare(PlatformSettings settings, Consumer<String> progress) throws Exception {
        Map<Service, Path> stale = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            Path jar = Platform.jar(settings, service);
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException("no jar for " + service.module + " at " + jar
                        + ": build the services first (./mvnw -DskipTests package)");
            }
            if (!isCurrent(jar)) {
                stale.put(service, jar);
            }
        }
        if (stale.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        progress.accept("training the start-up cache of " + stale.size() + " services (once per build)...");
        for (Path jar : stale.values()) {
            extract(jar);
        }
        Path training = settings.projectDirectory().resolve("deploy/target/aot-training");
        deleteRecursively(training);
        try (PostgresServer postgres = PostgresServer.start(training.resolve("postgres"), Ports.anyFree());
                KafkaBroker kafka = KafkaBroker.start(training.resolve("kafka"), Ports.anyFree())) {
            List<Process> runs = new ArrayList<>();
            try {
                for (Map.Entry<Service, Path> entry : stale.entrySet()) {
                    Process run =
                            train(entry.getKey(), entry.getValue(), settings.jvmOptions(), postgres, kafka, training);
                    runs.add(run);
                }
                long deadline = System.nanoTime() + TRAINING_TIMEOUT.toNanos();
                int i = 0;
                for (Map.Entry<Service, Path> entry : stale.entrySet()) {
                    awaitTraining(entry.getKey(), entry.getValue(), runs.get(i++), deadline, training);
                }
            } finally {
                runs.forEach(Process::destroyForcibly);
            }
        }
        deleteRecursively(training);
        progress.accept(
                String.format("start-up cache trained in %.1f s", (System.nanoTime() - started) / 1_000_000_000.0));
    }

    /** Waits for one training run, and stamps its cache with the jar it belongs to once it is written. */
    private static void awaitTraining(Service service, Path jar, Process run, long deadline, Path training)
            throws IOException, InterruptedException {
        Path log = training.resolve(service.module + ".log");
        if (!run.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
            throw new IllegalStateException("the training run of " + service.module + " took longer than "
                    + TRAINING_TIMEOUT.toMinutes() + " min; see " + log);
        }
        if (run.exitValue() != 0 || !Files.isRegularFile(cacheFile(jar))) {
            throw new IllegalStateException("the training run of " + service.module + " failed; see " + log);
        }
        Files.writeString(directory(jar).resolve(STAMP), stamp(jar));
    }

    private static Process train(
            Service service,
            Path jar,
            List<String> jvmOptions,
            PostgresServer postgres,
            KafkaBroker kafka,
            Path training)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-XX:AOTCacheOutput=" + cacheFile(jar));
        command.add("-Dspring.context.exit=onRefresh");
        command.add("-jar");
        command.add(directory(jar).resolve(jar.getFileName()).toString());
        command.add("--server.port=0");
        if (service.schema != null) {
            command.addAll(Platform.backendArguments(service, postgres, kafka));
        }
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(training.resolve(service.module + ".log").toFile())
                .start();
    }

    /** Spring Boot's extracted layout: the application jar with its libraries in {@code lib/}. */
    private static void extract(Path jar) throws IOException, InterruptedException {
        Path directory = directory(jar);
        deleteRecursively(directory);
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Djarmode=tools",
                        "-jar",
                        jar.toString(),
                        "extract",
                        "--destination",
                        directory.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("could not extract " + jar);
        }
    }

    private static Path directory(Path jar) {
        return jar.resolveSibling("aot");
    }

    private static Path cacheFile(Path jar) {
        return directory(jar).resolve("app.aot");
    }

    private static String stamp(Path jar) throws IOException {
        return Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
