package com.creditline.deploy.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs one simulation with Gatling's Maven plugin ({@code ./mvnw -Pbenchmark -pl deploy
 * gatling:test}), which forks Gatling's own JVM, with the benchmark's settings as system properties
 * (the plugin passes them on). The HTML report lands in {@code deploy/target/gatling}.
 */
final class GatlingRuns {

    /** A finished run: the report folder, the console log, and whether Gatling exited cleanly. */
    record Result(String simulation, Optional<Path> report, Path log, int exitCode) {}

    private final Path project;
    private final Path logs;

    GatlingRuns(Path project, Path logs) {
        this.project = project;
        this.logs = logs;
    }

    Path reports() {
        return project.resolve("deploy/target/gatling");
    }

    /** The command line that runs a simulation, for the report and for running one by hand. */
    static String command(Class<?> simulation, Map<String, String> properties) {
        StringBuilder line = new StringBuilder(
                "./mvnw -B -o -Pbenchmark -pl deploy gatling:test -Dgatling.simulationClass=" + simulation.getName());
        properties.forEach((k, v) -> line.append(" -D").append(k).append('=').append(v));
        return line.toString();
    }

    Result run(Class<?> simulation, Map<String, String> properties) throws IOException, InterruptedException {
        Files.createDirectories(logs);
        long started = System.currentTimeMillis();
        List<String> command = new ArrayList<>(List.of(
                project.resolve("mvnw").toString(),
                "-B",
                "-o",
                "-Pbenchmark",
                "-pl",
                "deploy",
                "gatling:test",
                "-Dgatling.simulationClass=" + simulation.getName(),
                "-Dgatling.failOnError=false",
                "-Dgatling.runDescription=" + simulation.getSimpleName()));
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        Path log = logs.resolve("gatling-" + simulation.getSimpleName() + ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(project.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        if (!process.waitFor(30, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new IllegalStateException(simulation.getSimpleName() + " did not finish; see " + log);
        }
        return new Result(simulation.getSimpleName(), newestReport(simulation, started), log, process.exitValue());
    }

    private Optional<Path> newestReport(Class<?> simulation, long after) throws IOException {
        if (!Files.isDirectory(reports())) {
            return Optional.empty();
        }
        String prefix = simulation.getSimpleName().toLowerCase();
        try (Stream<Path> runs = Files.list(reports())) {
            return runs.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .filter(p -> p.toFile().lastModified() >= after - 1000)
                    .filter(p -> Files.isRegularFile(p.resolve("index.html")))
                    .max(Comparator.comparingLong(p -> p.toFile().lastModified()));
        }
    }
}
