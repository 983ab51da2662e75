package com.creditline.deploy.benchmark;

import com.creditline.deploy.Platform;
import com.creditline.deploy.PlatformSettings;
import com.creditline.deploy.benchmark.DatabaseCeiling.Run;
import com.creditline.deploy.benchmark.FlightRecordings.Profile;
import com.creditline.deploy.benchmark.GatlingRuns.Result;
import com.creditline.deploy.benchmark.Measurements.Level;
import com.creditline.deploy.benchmark.Measurements.Overload;
import com.creditline.deploy.benchmark.Measurements.Stats;
import com.creditline.deploy.benchmark.RequestLog.Entry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * The whole load benchmark in one run (deploy/benchmark; docs/performance.md): the platform's
 * startup and footprint with its quick-start settings; then the platform with benchmark settings,
 * customers seeded through the gateway, the database ceiling with pgbench, a warm-up, and the
 * Gatling simulations (the mix, hot lines, the authorisation ramp with Flight Recorder in every
 * service, and authorisations at half the maximum found); CPU of every process throughout; and a
 * markdown summary in deploy/target/benchmark/summary.md.
 */
public final class BenchmarkRun {

    /**
     * JVM options of each service for the benchmark: the C2 compiler (not C1 only), a fixed heap
     * large enough not to collect all the time, and the Z collector, whose pauses stay under a
     * millisecond (the parallel collector's young pauses reached 70 ms and a full one 260 ms on the
     * two shared cores, in every request's path through three JVMs), instead of the quick-start
     * defaults (PlatformSettings.SERVICE_JVM_OPTIONS) which favour start time and footprint.
     */
    static final List<String> JVM_OPTIONS = List.of(
            "-Xms512m",
            "-Xmx512m",
            "-Xss512k",
            "-XX:+UseZGC",
            "-XX:MaxMetaspaceSize=256m",
            "-XX:+ExitOnOutOfMemoryError",
            "-XX:FlightRecorderOptions:stackdepth=256",
            "-Djava.security.egd=file:/dev/./urandom");

    /**
     * Service settings for the benchmark: the shop's rate limit raised so that the benchmark measures
     * the platform and not the limiter (the limiter still runs on every request), and the fraud
     * check's velocity thresholds raised so that synthetic customers ordering many times an hour are
     * not sent to review or declined (the check still runs, with its queries).
     */
    static final List<String> SERVICE_ARGUMENTS = List.of(
            "--creditline.webhooks.allow-plain-http=true",
            "--creditline.rate-limits.client=10000000",
            "--creditline.fraud.review-from-authorisations-per-hour=1000000",
            "--creditline.fraud.decline-from-authorisations-per-hour=2000000",
            "--creditline.fraud.device-review-from-authorisations-per-hour=1000000",
            "--creditline.fraud.device-decline-from-authorisations-per-hour=2000000");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    /** What can be set on the command line. */
    record Options(
            Path project,
            int customers,
            int hotLines,
            boolean footprint,
            List<String> jvmOptions,
            List<Integer> pgbenchClients,
            int pgbenchSeconds,
            int warmUpSeconds,
            double mixRate,
            int mixSeconds,
            double hotRate,
            int hotSeconds,
            double rampFrom,
            double rampStep,
            int rampLevels,
            int rampLevelSeconds,
            int constantSeconds,
            int overloadSeconds,
            int afterOverloadSeconds,
            int profileSeconds,
            int repeat) {

        static Options parse(String[] args) {
            boolean quick = Arrays.asList(args).contains("--quick");
            Path project =
                    Path.of(option(args, "project-dir", ".")).toAbsolutePath().normalize();
            String jvm = option(args, "jvm-opts", null);
            return new Options(
                    project,
                    integer(args, "customers", quick ? 300 : 2000),
                    integer(args, "hot-lines", 10),
                    Arrays.asList(args).contains("--footprint"),
                    jvm == null ? JVM_OPTIONS : List.of(jvm.trim().split("\\s+")),
                    Arrays.stream(option(args, "pgbench-clients", quick ? "2,8" : "2,4,8,16")
                                    .split(","))
                            .map(Integer::parseInt)
                            .toList(),
                    integer(args, "pgbench-seconds", quick ? 5 : 10),
                    integer(args, "warm-up-seconds", quick ? 10 : 90),
                    rate(option(args, "mix-rate", "auto")),
                    integer(args, "mix-seconds", quick ? 15 : 60),
                    rate(option(args, "hot-rate", "auto")),
                    integer(args, "hot-seconds", quick ? 10 : 30),
                    Double.parseDouble(option(args, "ramp-from", "20")),
                    Double.parseDouble(option(args, "ramp-step", "20")),
                    integer(args, "ramp-levels", quick ? 4 : 20),
                    integer(args, "ramp-level-seconds", quick ? 6 : 10),
                    integer(args, "constant-seconds", quick ? 15 : 60),
                    integer(args, "overload-seconds", quick ? 15 : 60),
                    integer(args, "after-overload-seconds", quick ? 10 : 20),
                    integer(args, "profile-seconds", quick ? 10 : 30),
                    integer(args, "repeat", 1));
        }

        /** A rate, or NaN for "auto" (scaled from the maximum the ramp finds). */
        private static double rate(String value) {
            return value.equals("auto") ? Double.NaN : Double.parseDouble(value);
        }

        private static int integer(String[] args, String name, int fallback) {
            return Integer.parseInt(option(args, name, Integer.toString(fallback)));
        }

        static String option(String[] args, String name, String fallback) {
            String prefix = "--" + name + "=";
            return Arrays.stream(args)
                    .filter(a -> a.startsWith(prefix))
                    .map(a -> a.substring(prefix.length()))
                    .findFirst()
                    .orElse(fallback);
        }
    }

    /**
     * Start time and memory of a platform start: what Platform reports (resident memory of the
     * launching JVM and its children: the services; not PostgreSQL, a daemon), and the proportional
     * memory of every process including PostgreSQL's.
     */
    record Footprint(Duration startup, long residentBytes, Map<String, Long> byProcess, boolean firstStart) {

        long total() {
            return byProcess.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final Options options;
    private final Path out;
    private final Summary summary = new Summary();
    private final ProcessTable cpu = ProcessTable.startSampling();

    private final String[] arguments;

    private BenchmarkRun(Options options, String[] arguments) {
        this.options = options;
        this.arguments = arguments;
        this.out = options.project().resolve("deploy/target/benchmark");
    }

    /**
     * One run, or {@code --repeat=N} runs one after the other (each with its own platform, seeding,
     * ceiling and phases), then the table of their headline numbers with median and spread.
     */
    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        int status = 0;
        List<Summary.Headline> headlines = new ArrayList<>();
        for (int run = 1; run <= options.repeat(); run++) {
            if (options.repeat() > 1) {
                say("run " + run + " of " + options.repeat());
            }
            BenchmarkRun benchmark = new BenchmarkRun(options, args);
            status = Math.max(status, benchmark.run());
            Optional.ofNullable(benchmark.summary.headline()).ifPresent(headlines::add);
        }
        if (options.repeat() > 1) {
            Path file = options.project().resolve("deploy/target/benchmark/repeated.md");
            Files.writeString(file, RepeatedRuns.table(headlines, options.repeat()));
            System.out.println(Files.readString(file));
            say("runs compared: " + file);
        }
        System.exit(status);
    }

    private int run() throws Exception {
        long began = System.nanoTime();
        Files.createDirectories(out);
        try (Stream<Path> old = Files.list(out)) {
            for (Path file : old.filter(p -> p.toString().endsWith(".csv")).toList()) {
                Files.delete(file);
            }
        }
        summary.header(
                options, ZonedDateTime.now(ZoneOffset.UTC), Options.option(arguments, "commit", commit()), jarDates());
        if (options.footprint()) {
            summary.footprint(
                    "quick-start settings (`PlatformSettings.SERVICE_JVM_OPTIONS`, what `deploy/run-platform` uses)",
                    footprint());
        }
        Path data = out.resolve("platform-data");
        deleteRecursively(data);
        PlatformSettings settings = new PlatformSettings(
                options.project(),
                data,
                0,
                0,
                0,
                false,
                options.jvmOptions(),
                SERVICE_ARGUMENTS,
                Duration.ofMinutes(8));
        say("starting the platform with benchmark settings: " + String.join(" ", options.jvmOptions()));
        int status;
        try (Running running = new Running(Platform.start(settings, BenchmarkRun::say))) {
            Platform platform = running.platform;
            ProcessTable.watchPostgres(data.resolve("postgres"));
            Footprint started =
                    new Footprint(platform.startupTime(), platform.residentBytes(), ProcessTable.memoryByGroup(), true);
            say("ready in %.1f s, %d MB resident"
                    .formatted(started.startup().toMillis() / 1000.0, started.residentBytes() >> 20));
            try {
                status = measure(platform);
            } catch (PhaseMeasuredNothing e) {
                say("FAILED: " + e.getMessage());
                summary.failure(e.getMessage());
                status = 1;
            }
            summary.footprint("benchmark settings (above), at start", started);
            summary.residentAfterLoad(platform.residentBytes(), ProcessTable.memoryByGroup());
            say("stopping the platform");
        }
        cpu.stop();
        summary.footer(out, Duration.ofNanos(System.nanoTime() - began));
        Path file = out.resolve("summary.md");
        Files.writeString(file, summary.text());
        // every run's summary is kept too: runs on a shared machine are compared, not trusted alone
        Path kept = out.resolve("runs")
                .resolve(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")
                                .withZone(ZoneOffset.UTC)
                                .format(Instant.now())
                        + ".md");
        Files.createDirectories(kept.getParent());
        Files.writeString(kept, summary.text());
        System.out.println();
        System.out.println(summary.text());
        say("summary: " + file);
        return status;
    }

    /**
     * The platform, stopped once: at the end of the run, or by Ctrl-C or a kill (a shutdown hook),
     * so that no service, broker or database is left behind.
     */
    private static final class Running implements AutoCloseable {

        final Platform platform;
        private final AtomicBoolean stopped = new AtomicBoolean();

        Running(Platform platform) {
            this.platform = platform;
            Runtime.getRuntime().addShutdownHook(new Thread(this::close, "benchmark-shutdown"));
        }

        @Override
        public void close() {
            if (stopped.compareAndSet(false, true)) {
                platform.close();
            }
        }
    }

    private Footprint footprint() throws Exception {
        Path data = out.resolve("footprint-data");
        boolean first = !Files.isDirectory(data.resolve("postgres"));
        PlatformSettings settings = new PlatformSettings(
                options.project(),
                data,
                0,
                0,
                0,
                false,
                PlatformSettings.SERVICE_JVM_OPTIONS,
                List.of("--creditline.webhooks.allow-plain-http=true"),
                Duration.ofMinutes(4));
        say("startup and footprint with the quick-start settings" + (first ? " (first start of its data folder)" : ""));
        try (Running running = new Running(Platform.start(settings, line -> {}))) {
            Platform platform = running.platform;
            ProcessTable.watchPostgres(data.resolve("postgres"));
            Footprint footprint = new Footprint(
                    platform.startupTime(), platform.residentBytes(), ProcessTable.memoryByGroup(), first);
            say("ready in %.1f s, %d MB resident"
                    .formatted(footprint.startup().toMillis() / 1000.0, footprint.residentBytes() >> 20));
            return footprint;
        } finally {
            ProcessTable.forgetPostgres();
        }
    }

    private int measure(Platform platform) throws Exception {
        String gateway = platform.gatewayUrl();
        Seeding seeding = new Seeding(gateway, platform.jdbcUrl(), BenchmarkRun::say);
        long seedStart = System.nanoTime();
        say("seeding " + options.customers() + " customers and " + options.hotLines()
                + " hot lines through the gateway");
        seeding.customers(options.customers(), options.hotLines());
        Path partnerKey = out.resolve("partner.key");
        seeding.partner(options.customers(), partnerKey);
        summary.seeding(options.customers(), options.hotLines(), Duration.ofNanos(System.nanoTime() - seedStart));

        ceiling(platform);

        say("warming up for " + options.warmUpSeconds() + " s");
        seeding.warmUp(options.customers(), options.hotLines(), Duration.ofSeconds(options.warmUpSeconds()));
        awaitQuiet(platform.jdbcUrl());

        Map<String, String> common = new LinkedHashMap<>();
        common.put("benchmark.gateway", gateway);
        common.put("benchmark.customers", Integer.toString(options.customers()));
        common.put("benchmark.hotLines", Integer.toString(options.hotLines()));
        common.put("benchmark.runId", Workload.RUN);
        common.put("benchmark.out", out.toString());
        common.put("benchmark.partnerKeyFile", partnerKey.toString());
        GatlingRuns gatling = new GatlingRuns(options.project(), out);

        // 1. The capacity: the ramp (without Flight Recorder, whose cost would lower the maximum that
        // every later phase is scaled from; the profile has a phase of its own at the end).
        Map<String, String> ramp =
                with(common, "benchmark.ramp.from", options.rampFrom(), "benchmark.ramp.step", options.rampStep());
        ramp.put("benchmark.ramp.levels", Integer.toString(options.rampLevels()));
        ramp.put("benchmark.ramp.levelSeconds", Integer.toString(options.rampLevelSeconds()));
        say("authorisation ramp: from %.0f/s, +%.0f/s every %d s, %d levels"
                .formatted(
                        options.rampFrom(),
                        options.rampStep(),
                        options.rampLevelSeconds() + AuthorisationRampSimulation.RAMP_SECONDS,
                        options.rampLevels()));
        Result rampRun = gatling.run(AuthorisationRampSimulation.class, ramp);
        List<Entry> rampLog = measured("authorisation-ramp", rampRun);
        List<Level> levels = Measurements.levels(
                rampLog,
                options.rampFrom(),
                options.rampStep(),
                options.rampLevels(),
                options.rampLevelSeconds(),
                AuthorisationRampSimulation.RAMP_SECONDS);
        double maximum = Measurements.maximumSustained(levels);
        if (maximum <= 0) {
            throw new PhaseMeasuredNothing("the authorisation ramp sustained no level (see %s and %s)"
                    .formatted(rampRun.log(), out.resolve("authorisation-ramp.csv")));
        }
        List<Map<String, Double>> levelCores = levels.stream()
                .map(l -> cpu.coresBetween(l.stats().fromMillis(), l.stats().toMillis()))
                .toList();
        summary.ramp(
                levels, levelCores, maximum, rampRun, GatlingRuns.command(AuthorisationRampSimulation.class, ramp));
        say("maximum sustained: %.1f authorisations/s".formatted(maximum));
        machine("the authorisation ramp", rampLog);
        settle(seeding);

        // 2. Latency with headroom: half the maximum.
        double half = Math.max(1, Math.round(maximum / 2.0));
        Map<String, String> constant =
                with(common, "benchmark.constant.rate", half, "benchmark.constant.seconds", options.constantSeconds());
        say("authorisations at %.0f/s (half the maximum) for %d s".formatted(half, options.constantSeconds()));
        long[] databaseBefore = databaseWork(platform.jdbcUrl());
        Result constantRun = gatling.run(AuthorisationConstantSimulation.class, constant);
        long[] databaseAfter = databaseWork(platform.jdbcUrl());
        List<Entry> constantLog = measured("authorisation-constant", constantRun);
        long rampInEnds =
                constantLog.stream().mapToLong(Entry::sentAtMillis).min().orElse(0)
                        + TimeUnit.SECONDS.toMillis(AuthorisationConstantSimulation.RAMP_IN_SECONDS);
        List<Entry> rampIn =
                constantLog.stream().filter(e -> e.sentAtMillis() < rampInEnds).toList();
        List<Entry> held =
                constantLog.stream().filter(e -> e.sentAtMillis() >= rampInEnds).toList();
        Stats atHalf = Measurements.stats("authorise", held);
        summary.constant(half, atHalf, Measurements.stats("authorise", rampIn), cores(held), constantRun);
        machine("authorisations at half the maximum", held);
        Stats whole = Measurements.stats("authorise", constantLog);
        summary.databaseWork(databaseBefore, databaseAfter, whole.count() - whole.failed());

        // 3. A flash sale: twice the maximum for a minute, then half the maximum at once.
        Overload overload = overload(gatling, common, maximum, half, platform.jdbcUrl());
        settle(seeding);

        // 4. The mix, at a rate of requests near half the maximum authorisation rate (about three
        // requests a journey), unless set.
        double mixRate = Double.isNaN(options.mixRate()) ? Math.max(2, Math.round(maximum / 6.0)) : options.mixRate();
        Map<String, String> mix =
                with(common, "benchmark.mix.rate", mixRate, "benchmark.mix.seconds", options.mixSeconds());
        say("the mix: %.0f journeys/s for %d s".formatted(mixRate, options.mixSeconds()));
        Result mixRun = gatling.run(MixSimulation.class, mix);
        List<Entry> mixLog = measured("mix", mixRun);
        machine("the mix", mixLog);
        summary.mix(
                mixRate,
                Measurements.byRequest(mixLog),
                cores(mixLog),
                mixRun,
                GatlingRuns.command(MixSimulation.class, mix));
        settle(seeding);

        // 5. Hot lines, at a quarter of the maximum (two requests an order), unless set.
        double hotRate = Double.isNaN(options.hotRate()) ? Math.max(2, Math.round(maximum / 4.0)) : options.hotRate();
        Map<String, String> hot =
                with(common, "benchmark.hot.rate", hotRate, "benchmark.hot.seconds", options.hotSeconds());
        say("hot lines: %.0f orders/s on %d lines for %d s"
                .formatted(hotRate, options.hotLines(), options.hotSeconds()));
        Result hotRun = gatling.run(HotLinesSimulation.class, hot);
        List<Entry> hotLog = measured("hot-lines", hotRun);
        machine("hot lines", hotLog);
        summary.hotLines(hotRate, options.hotLines(), Measurements.byRequest(hotLog), cores(hotLog), hotRun);

        summary.headline(
                ceilingTps,
                maximum,
                half,
                atHalf,
                overload,
                mixLog.isEmpty() ? null : Measurements.stats("mix", mixLog));
        // 6. The profile: Flight Recorder in every service while authorisations arrive at the maximum.
        settle(seeding);
        Map<String, String> profiled = with(
                common, "benchmark.constant.rate", maximum, "benchmark.constant.seconds", options.profileSeconds());
        profiled.put("benchmark.constant.log", "authorisation-profiled");
        FlightRecordings jfr = new FlightRecordings(out.resolve("jfr"));
        Map<String, Long> pids = servicePids();
        jfr.start(pids);
        say("the profile: authorisations at %.0f/s (the maximum) for %d s, with Flight Recorder in %s"
                .formatted(maximum, options.profileSeconds(), pids.keySet()));
        Result profiledRun = gatling.run(AuthorisationConstantSimulation.class, profiled);
        jfr.stop();
        List<Entry> profiledLog = measured("authorisation-profiled", profiledRun);
        say("reading the flight recordings");
        List<Profile> profiles = jfr.analyse();
        summary.profiles(
                profiles, Measurements.stats("authorise", profiledLog), cores(profiledLog), out.resolve("jfr"));
        return Stream.of(mixRun, hotRun, rampRun, constantRun, profiledRun)
                        .allMatch(r -> r.report().isPresent())
                ? 0
                : 1;
    }

    /**
     * Authorisations offered at twice the maximum for {@code --overload-seconds}, then at half the
     * maximum at once; after the platform has settled, the orders of the phase left half done: still
     * authorising, or a hold open on the line for an order that is not authorised.
     */
    private Overload overload(
            GatlingRuns gatling, Map<String, String> common, double maximum, double half, String jdbcUrl)
            throws Exception {
        double rush = Math.max(2, Math.round(2 * maximum));
        Map<String, String> properties =
                with(common, "benchmark.overload.rate", rush, "benchmark.overload.seconds", options.overloadSeconds());
        properties.put("benchmark.overload.afterRate", number(half));
        properties.put("benchmark.overload.afterSeconds", Integer.toString(options.afterOverloadSeconds()));
        say("a flash sale: authorisations at %.0f/s (twice the maximum) for %d s, then %.0f/s for %d s"
                .formatted(rush, options.overloadSeconds(), half, options.afterOverloadSeconds()));
        GatewayRefusals before = GatewayRefusals.read(common.get("benchmark.gateway"));
        Result run = gatling.run(AuthorisationOverloadSimulation.class, properties);
        GatewayRefusals atGateway =
                GatewayRefusals.read(common.get("benchmark.gateway")).since(before);
        List<Entry> log = measured("authorisation-overload", run);
        Overload overload = Measurements.overload(
                log, rush, options.overloadSeconds(), half, options.afterOverloadSeconds(), atGateway);
        List<Entry> rushLog = Measurements.rush(log, options.overloadSeconds());
        machine("the flash sale's rush", rushLog);
        say("the rush: %.1f/s answered, %d refused (p99 %d ms), %d failed otherwise"
                .formatted(
                        overload.rush().okPerSecond(),
                        overload.rush().refused(),
                        overload.rush().refusedP99(),
                        overload.rush().otherFailures()));
        // Checkout's recovery finishes or undoes an authorisation left in flight once it is a minute
        // old (checked every 30 s): wait up to two minutes for the phase's orders to be whole.
        long[] halfDone = halfDoneOrders(jdbcUrl);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while ((halfDone[0] > 0 || halfDone[1] > 0) && System.nanoTime() < deadline) {
            Thread.sleep(5_000);
            halfDone = halfDoneOrders(jdbcUrl);
        }
        summary.overload(
                maximum,
                overload,
                cores(rushLog),
                halfDone,
                run,
                GatlingRuns.command(AuthorisationOverloadSimulation.class, properties));
        return overload;
    }

    /**
     * The flash sale's orders left half done, read in the platform's database: orders still
     * authorising, and holds open on a line for an order of the phase that is not authorised (or
     * that checkout never recorded).
     */
    private static long[] halfDoneOrders(String jdbcUrl) throws SQLException {
        String phase = "'" + Workload.RUN + "-overload-%'";
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "");
                Statement s = c.createStatement()) {
            long authorising;
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM checkout.financed_order"
                    + " WHERE status = 'AUTHORISING' AND order_id LIKE " + phase)) {
                rs.next();
                authorising = rs.getLong(1);
            }
            long strayHolds;
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM credit_limit.hold h"
                    + " LEFT JOIN checkout.financed_order o ON o.order_id = h.order_id"
                    + " WHERE h.status = 'OPEN' AND h.order_id LIKE " + phase
                    + " AND (o.order_id IS NULL OR o.status NOT IN ('AUTHORISED', 'IN_REVIEW'))")) {
                rs.next();
                strayHolds = rs.getLong(1);
            }
            return new long[] {authorising, strayHolds};
        }
    }

    /**
     * A pause after a phase that may have overloaded the platform, so that queues drain; then a few
     * seconds of ordinary journeys, because checkout's circuit breaker to the credit line (open for
     * 10 s after slow calls) stays half-open until three probe calls succeed, and a phase starting
     * at full rate against a half-open breaker measures the breaker's refusals, not the platform.
     */
    private void settle(Seeding seeding) throws Exception {
        Thread.sleep(15_000);
        seeding.warmUp(options.customers(), options.hotLines(), Duration.ofSeconds(5));
    }

    /**
     * Waits until the platform has digested the warm-up (up to two minutes): every service's outbox
     * sent and the machine under a quarter busy for two checks in a row. The warm-up's orders leave
     * events behind (plans to open, behaviour to record) that the consumers work off for a while
     * after it; a ramp started at once measured that backlog and the JIT compilers too (the machine
     * 75 % busy at 20 /s in the ramp, 50 % at 20 /s later in the run).
     */
    private void awaitQuiet(String jdbcUrl) throws Exception {
        long started = System.nanoTime();
        long deadline = started + TimeUnit.MINUTES.toNanos(2);
        int quietChecks = 0;
        double busy = 1;
        long unsent = -1;
        while (quietChecks < 2 && System.nanoTime() < deadline) {
            long from = System.currentTimeMillis();
            Thread.sleep(2_000);
            busy = cpu.machineBetween(from, System.currentTimeMillis()).busy();
            unsent = unsentEvents(jdbcUrl);
            quietChecks = busy > 0 && busy < 0.25 && unsent == 0 ? quietChecks + 1 : 0;
        }
        say("quiet after %.0f s (machine %.0f %% busy, %d events unsent)%s"
                .formatted(
                        (System.nanoTime() - started) / 1e9,
                        100 * busy,
                        unsent,
                        quietChecks < 2 ? ": not quiet within two minutes, measuring anyway" : ""));
    }

    /** Outbox rows not yet sent, in every schema that has an outbox. */
    private static long unsentEvents(String jdbcUrl) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "");
                Statement s = c.createStatement()) {
            List<String> schemas = new ArrayList<>();
            try (ResultSet rs = s.executeQuery(
                    "SELECT table_schema FROM information_schema.tables WHERE table_name = 'outbox_event'")) {
                while (rs.next()) {
                    schemas.add(rs.getString(1));
                }
            }
            long unsent = 0;
            for (String schema : schemas) {
                try (ResultSet rs =
                        s.executeQuery("SELECT count(*) FROM " + schema + ".outbox_event WHERE sent_at IS NULL")) {
                    rs.next();
                    unsent += rs.getLong(1);
                }
            }
            return unsent;
        }
    }

    private double ceilingTps;

    private void ceiling(Platform platform) throws Exception {
        Optional<Path> pgbench = DatabaseCeiling.pgbench();
        if (pgbench.isEmpty()) {
            say("no pgbench on this machine (apt-get install postgresql-client): the database ceiling is skipped");
            summary.noCeiling();
            return;
        }
        say("database ceiling: pgbench over " + options.customers() + " lines, clients " + options.pgbenchClients());
        DatabaseCeiling.prepare(options.project(), platform.jdbcUrl(), options.customers());
        List<Run> runs = DatabaseCeiling.measure(
                pgbench.get(),
                platform.jdbcUrl(),
                options.customers(),
                options.pgbenchClients(),
                options.pgbenchSeconds(),
                out);
        ceilingTps = runs.stream().mapToDouble(Run::tps).max().orElse(0);
        List<Map<String, Double>> runCores = runs.stream()
                .map(r -> cpu.coresBetween(r.startedAt(), r.endedAt()))
                .toList();
        for (int i = 0; i < runs.size(); i++) {
            Run r = runs.get(i);
            summary.machine(
                    "pgbench, " + r.clients() + " clients",
                    cpu.machineBetween(r.startedAt(), r.endedAt()),
                    runCores.get(i));
        }
        summary.ceiling(
                runs,
                runCores,
                ceilingTps,
                DatabaseCeiling.commands(
                        platform.jdbcUrl(), options.customers(), options.pgbenchClients(), options.pgbenchSeconds()));
        say("database ceiling: %.0f tps".formatted(ceilingTps));
    }

    /**
     * What PostgreSQL has done so far in the platform's database: transactions committed, rows
     * inserted, updated, and read (fetched), from pg_stat_database.
     */
    private static long[] databaseWork(String jdbcUrl) {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT xact_commit, tup_inserted, tup_updated, tup_fetched "
                        + "FROM pg_stat_database WHERE datname = current_database()")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)};
        } catch (SQLException e) {
            return new long[4];
        }
    }

    private void machine(String phase, List<Entry> log) {
        if (log.isEmpty()) {
            return;
        }
        Stats all = Measurements.stats("all", log);
        summary.machine(phase, cpu.machineBetween(all.fromMillis(), all.toMillis()), cores(log));
    }

    private Map<String, Double> cores(List<Entry> log) {
        if (log.isEmpty()) {
            return Map.of();
        }
        Stats all = Measurements.stats("all", log);
        return cpu.coresBetween(all.fromMillis(), all.toMillis());
    }

    /**
     * The requests a phase logged; a phase that logged none measured nothing (Gatling could not run,
     * or no request was sent), and the run fails with the reason rather than report zeros as if
     * they had been measured.
     */
    private List<Entry> measured(String simulation, Result run) throws IOException {
        Path file = out.resolve(simulation + ".csv");
        List<Entry> entries = Files.isRegularFile(file) ? RequestLog.read(file) : List.of();
        if (entries.isEmpty()) {
            throw new PhaseMeasuredNothing("the phase %s measured nothing: Gatling exited with %d, see %s"
                    .formatted(simulation, run.exitCode(), run.log()));
        }
        return entries;
    }

    /** A phase of the benchmark that sent no request or logged none. */
    static final class PhaseMeasuredNothing extends RuntimeException {
        PhaseMeasuredNothing(String message) {
            super(message);
        }
    }

    private static Map<String, String> with(
            Map<String, String> common, String key1, double value1, String key2, double value2) {
        Map<String, String> properties = new LinkedHashMap<>(common);
        properties.put(key1, number(value1));
        properties.put(key2, number(value2));
        return properties;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static Map<String, Long> servicePids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        for (String service : ProcessTable.SERVICES.values()) {
            ProcessTable.servicePid(service).ifPresent(pid -> pids.put(service, pid));
        }
        return pids;
    }

    /** When each service's jar was built: the run measures those jars, whatever the sources say now. */
    private String jarDates() {
        List<String> dates = new ArrayList<>();
        DateTimeFormatter format =
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
        for (String module : ProcessTable.SERVICES.keySet()) {
            Path jar = options.project().resolve(module).resolve("target").resolve(module + ".jar");
            try {
                dates.add(module + " "
                        + format.format(Files.getLastModifiedTime(jar).toInstant()));
            } catch (IOException e) {
                dates.add(module + " missing");
            }
        }
        return String.join(", ", dates);
    }

    private String commit() {
        try {
            String head = git("rev-parse", "--short", "HEAD");
            String changes = git("status", "--porcelain");
            return head + (changes.isBlank() ? "" : " (with uncommitted changes)");
        } catch (IOException | InterruptedException e) {
            return "unknown";
        }
    }

    private String git(String... args) throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(List.of("git", "-C", options.project().toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes()).trim();
        process.waitFor(10, TimeUnit.SECONDS);
        return output;
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    static void say(String message) {
        System.out.println("[benchmark " + LocalTime.now().format(TIME) + "] " + message);
    }
}
