package com.creditline.deploy.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;

/**
 * The machine's own ceiling for an authorisation: pgbench against the platform's PostgreSQL,
 * running what one authorisation must do at the database (a guarded update of a credit line and
 * the insert of a hold, in one transaction) over as many lines as the seeded customers, in a schema
 * of its own ({@code benchmark}). Scripts: {@code src/test/resources/benchmark/}.
 */
final class DatabaseCeiling {

    /** One pgbench run. */
    record Run(int clients, double tps, double latencyMillis, long transactions, long startedAt, long endedAt) {}

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");
    private static final Pattern TRANSACTIONS = Pattern.compile("number of transactions actually processed: ([0-9]+)");

    private DatabaseCeiling() {}

    /** pgbench on this machine: $PGBENCH, /usr/bin/pgbench, or the PATH's; empty if none. */
    static Optional<Path> pgbench() {
        List<Path> candidates = new ArrayList<>();
        String configured = System.getenv("PGBENCH");
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        }
        candidates.add(Path.of("/usr/bin/pgbench"));
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isBlank()) {
                candidates.add(Path.of(dir, "pgbench"));
            }
        }
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }

    /**
     * Where credit-limit-service's migrations are, below the project's folder: common-lib's that
     * every service runs first (the business date among them), then its own.
     */
    static final List<String> MIGRATIONS =
            List.of("common-lib/src/main/resources/db/common", "credit-limit-service/src/main/resources/db/migration");

    /**
     * Creates the benchmark schema afresh (as the platform's superuser) with credit-limit-service's
     * own tables, made by its migrations so that they cannot drift from the service's, and
     * {@code lines} credit lines.
     */
    static void prepare(Path project, String jdbcUrl, int lines) throws IOException, SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS benchmark CASCADE");
        }
        Flyway.configure()
                .dataSource(jdbcUrl, "postgres", "")
                .schemas("benchmark")
                .createSchemas(true)
                .locations(MIGRATIONS.stream()
                        .map(folder -> "filesystem:" + project.resolve(folder))
                        .toArray(String[]::new))
                .load()
                .migrate();
        String seed = resource("/benchmark/pgbench-lines.sql").replace("${lines}", Integer.toString(lines));
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "");
                Statement s = c.createStatement()) {
            s.execute(seed);
        }
    }

    /** Runs pgbench once per client count, {@code seconds} each, and returns what each measured. */
    static List<Run> measure(
            Path pgbench, String jdbcUrl, int lines, List<Integer> clients, int seconds, Path outDirectory)
            throws IOException, InterruptedException, SQLException {
        Path script = outDirectory.resolve("pgbench-authorisation.sql");
        Files.writeString(script, resource("/benchmark/pgbench-authorisation.sql"));
        URI db = URI.create(jdbcUrl.substring("jdbc:".length()));
        List<Run> runs = new ArrayList<>();
        for (int c : clients) {
            try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
                    Statement s = connection.createStatement()) {
                s.execute("CHECKPOINT");
            }
            List<String> command = List.of(
                    pgbench.toString(),
                    "-h",
                    db.getHost(),
                    "-p",
                    Integer.toString(db.getPort()),
                    "-U",
                    "postgres",
                    "-n",
                    "-M",
                    "prepared",
                    "-c",
                    Integer.toString(c),
                    "-j",
                    Integer.toString(Math.min(c, Runtime.getRuntime().availableProcessors())),
                    "-T",
                    Integer.toString(seconds),
                    "-D",
                    "lines=" + lines,
                    "-f",
                    script.toString(),
                    db.getPath().substring(1));
            Path log = outDirectory.resolve("pgbench-" + c + "-clients.txt");
            long started = System.currentTimeMillis();
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(seconds + 60L, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("pgbench did not finish; see " + log);
            }
            long ended = System.currentTimeMillis();
            String output = Files.readString(log);
            Matcher tps = TPS.matcher(output);
            if (process.exitValue() != 0 || !tps.find()) {
                throw new IllegalStateException("pgbench failed (" + process.exitValue() + "); see " + log);
            }
            Matcher latency = LATENCY.matcher(output);
            Matcher transactions = TRANSACTIONS.matcher(output);
            runs.add(new Run(
                    c,
                    Double.parseDouble(tps.group(1)),
                    latency.find() ? Double.parseDouble(latency.group(1)) : 0,
                    transactions.find() ? Long.parseLong(transactions.group(1)) : 0,
                    started,
                    ended));
        }
        return runs;
    }

    /** The shell commands that do what the driver does, for the report. */
    static String commands(String jdbcUrl, int lines, List<Integer> clients, int seconds) {
        URI db = URI.create(jdbcUrl.substring("jdbc:".length()));
        String connection = "-h %s -p %d -U postgres".formatted(db.getHost(), db.getPort());
        String database = db.getPath().substring(1);
        int cores = Runtime.getRuntime().availableProcessors();
        return ("psql %s %s -c 'DROP SCHEMA IF EXISTS benchmark CASCADE; CREATE SCHEMA benchmark'\n"
                                + "for f in %s; do PGOPTIONS='-c search_path=benchmark' psql %s %s -f $f; done\n"
                                + "sed 's/${lines}/%d/' deploy/src/test/resources/benchmark/pgbench-lines.sql | psql %s %s\n")
                        .formatted(
                                connection,
                                database,
                                String.join(
                                        " ",
                                        MIGRATIONS.stream()
                                                .map(folder -> folder + "/V*.sql")
                                                .toList()),
                                connection,
                                database,
                                lines,
                                connection,
                                database)
                + ("for c in %s; do pgbench %s -n -M prepared -c $c -j $((c < %d ? c : %d)) -T %d -D lines=%d"
                                + " -f deploy/src/test/resources/benchmark/pgbench-authorisation.sql %s; done")
                        .formatted(
                                String.join(
                                        " ",
                                        clients.stream().map(String::valueOf).toList()),
                                connection,
                                cores,
                                cores,
                                seconds,
                                lines,
                                database);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DatabaseCeiling.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
