package com.creditline.repayment.endofday;

import com.creditline.common.test.RealInfrastructure;
import com.creditline.common.time.BusinessClock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * End of day at scale (issue 6): for 10k, 100k and 1M active plans, generates the book in bulk
 * ({@link BulkBook}), runs VACUUM ANALYZE, then runs end of day for several consecutive business
 * dates, each across the due dates that fall on it, with the customers' payments played in
 * between. Times each date's run and its steps, and writes the table to
 * {@code target/benchmark/end-of-day.md}. A measurement, not a test: it asserts nothing about time.
 *
 * <p>Run only it: {@code ./mvnw -B -pl repayment-service -am verify -Pbenchmark -Dtest=EndOfDayBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. System properties:
 * {@code benchmark.plans} (sizes, default {@code 10000,100000,1000000}), {@code benchmark.days}
 * (dates per size, default 5), {@code benchmark.explain} (true: write EXPLAIN (ANALYZE, BUFFERS)
 * of end of day's statements on the first date of each size, in a transaction rolled back).
 */
@Tag("benchmark")
@SpringBootTest(properties = {"creditline.outbox.poll-interval=1h", "logging.level.root=WARN"})
@RealInfrastructure
class EndOfDayBenchmark {

    /**
     * Settings a reload applies (ALTER SYSTEM). shared_buffers and fsync need a restart, which the
     * test helper does not offer; the report states what the server ran with.
     */
    static final Map<String, String> SERVER_SETTINGS = Map.of(
            "work_mem", "64MB",
            "maintenance_work_mem", "1GB",
            "max_wal_size", "16GB",
            "checkpoint_timeout", "30min",
            "effective_cache_size", "12GB");

    static final List<String> STEPS = List.of(
            "lock",
            "overdue",
            "late-fees",
            "days-past-due",
            "charge-off",
            "reminders",
            "events",
            "reserve",
            "funder-settlement",
            "advance");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    EndOfDay endOfDay;

    @Autowired
    BusinessClock clock;

    @Autowired
    MeterRegistry meters;

    record Run(
            int plans,
            LocalDate date,
            int paidBefore,
            DayClosed closed,
            long rowsTouched,
            long eventsWritten,
            double walMegabytes,
            double seconds,
            Map<String, Double> steps) {}

    record Size(int plans, String book, double generateSeconds, double vacuumSeconds, List<Run> runs) {}

    @Test
    void measureEndOfDayAtScale() throws IOException {
        tuneServer();
        List<Integer> sizes = Arrays.stream(System.getProperty("benchmark.plans", "10000,100000,1000000")
                        .split(","))
                .map(String::trim)
                .map(Integer::parseInt)
                .toList();
        int days = Integer.getInteger("benchmark.days", 5);
        boolean explain = Boolean.getBoolean("benchmark.explain");
        BulkBook book = new BulkBook(jdbc, transactions);
        Path out = Path.of("target", "benchmark");
        Files.createDirectories(out);

        List<Size> results = new ArrayList<>();
        for (int plans : sizes) {
            LocalDate first = clock.businessDate().plusDays(1);
            book.clear();
            long started = System.nanoTime();
            book.generate(plans, first);
            double generateSeconds = secondsSince(started);
            started = System.nanoTime();
            book.vacuumAnalyze();
            double vacuumSeconds = secondsSince(started);
            String description = book.describe();
            System.out.printf(
                    "[benchmark] %,d plans generated in %.1f s, vacuum analyze %.1f s: %s%n",
                    plans, generateSeconds, vacuumSeconds, description);

            List<Run> runs = new ArrayList<>();
            for (int n = 0; n < days; n++) {
                LocalDate date = first.plusDays(n);
                int paid = n == 0 ? 0 : book.payInstallmentsDue(date);
                if (explain && n == 0) {
                    Files.writeString(out.resolve("explain-" + plans + ".txt"), explainAll(date));
                }
                Run run = measure(plans, date, paid);
                runs.add(run);
                System.out.printf(
                        "[benchmark] %,d plans, %s: %.2f s, %,d rows, %,d events, steps %s%n",
                        plans, date, run.seconds(), run.rowsTouched(), run.eventsWritten(), format(run.steps()));
            }
            results.add(new Size(plans, description, generateSeconds, vacuumSeconds, runs));
            Files.writeString(out.resolve("end-of-day.md"), report(results));
        }
        String report = report(results);
        Files.writeString(out.resolve("end-of-day.md"), report);
        System.out.println(report);
    }

    /** One date's end of day, in its own transaction as {@link EndOfDay#runThrough} runs it. */
    private Run measure(int plans, LocalDate date, int paidBefore) {
        Map<String, Double> stepsBefore = stepSeconds();
        String walBefore = jdbc.sql("SELECT CAST(pg_current_wal_lsn() AS text)")
                .query(String.class)
                .single();
        long[] touched = new long[2];
        long started = System.nanoTime();
        DayClosed closed = transactions.execute(status -> {
            // The embedded server starts with synchronous_commit=off on its command line; a
            // production commit waits for its WAL, so this one does too.
            jdbc.sql("SET LOCAL synchronous_commit = on").update();
            long[] before = rowCounts();
            DayClosed day = endOfDay.close(date).orElseThrow();
            long[] after = rowCounts();
            touched[0] = after[0] - before[0];
            touched[1] = after[1] - before[1];
            return day;
        });
        double seconds = secondsSince(started);
        double wal = jdbc.sql("SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), CAST(:before AS pg_lsn)) / 1048576.0")
                .param("before", walBefore)
                .query(Double.class)
                .single();
        Map<String, Double> steps = new LinkedHashMap<>();
        stepSeconds().forEach((step, total) -> steps.put(step, total - stepsBefore.getOrDefault(step, 0.0)));
        return new Run(plans, date, paidBefore, closed, touched[0], touched[1], wal, seconds, steps);
    }

    /**
     * Rows inserted, updated and deleted in the service's tables, and rows inserted into the
     * outbox, as this backend counts them: this transaction's so far plus earlier ones not yet
     * flushed to the statistics (PostgreSQL 15+), hence read at both ends of the transaction.
     */
    private long[] rowCounts() {
        return jdbc.sql("""
                        SELECT coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0),
                               coalesce(sum(n_tup_ins) FILTER (WHERE relname = 'outbox_event'), 0)
                        FROM pg_stat_xact_user_tables WHERE schemaname = current_schema()
                        """)
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
    }

    private Map<String, Double> stepSeconds() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (String step : STEPS) {
            Timer timer = meters.find(StepTimer.STEP_TIMER).tag("step", step).timer();
            seconds.put(step, timer == null ? 0.0 : timer.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS) / 1e9);
        }
        return seconds;
    }

    /** EXPLAIN (ANALYZE, BUFFERS) of each statement of a date's run, in order, then rolled back. */
    private String explainAll(LocalDate date) {
        StringBuilder text = new StringBuilder();
        transactions.executeWithoutResult(status -> {
            for (EndOfDayStatement statement : endOfDay.statements(date)) {
                text.append("## ").append(statement.name()).append("\n\n");
                JdbcClient.StatementSpec spec = jdbc.sql("EXPLAIN (ANALYZE, BUFFERS, VERBOSE OFF) " + statement.sql());
                for (Map.Entry<String, Object> p : statement.params().entrySet()) {
                    spec = spec.param(p.getKey(), p.getValue());
                }
                spec.query(String.class)
                        .list()
                        .forEach(line -> text.append(line).append('\n'));
                text.append('\n');
            }
            status.setRollbackOnly();
        });
        return text.toString();
    }

    private void tuneServer() {
        SERVER_SETTINGS.forEach((name, value) ->
                jdbc.sql("ALTER SYSTEM SET " + name + " = '" + value + "'").update());
        jdbc.sql("SELECT pg_reload_conf()").query(Boolean.class).single();
    }

    private String serverSettings() {
        return jdbc.sql("""
                        SELECT string_agg(name || '=' || setting || coalesce(unit, '') || ' (' || source || ')', ', '
                                          ORDER BY name)
                        FROM pg_settings
                        WHERE name IN ('shared_buffers', 'work_mem', 'maintenance_work_mem', 'max_wal_size',
                                       'checkpoint_timeout', 'effective_cache_size', 'fsync', 'synchronous_commit',
                                       'server_version', 'jit', 'max_parallel_workers_per_gather')
                        """).query(String.class).single();
    }

    private String report(List<Size> sizes) {
        StringBuilder md = new StringBuilder();
        md.append("# End of day at scale\n\n");
        md.append("Written by EndOfDayBenchmark on ")
                .append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .append(", ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" processors, Java ")
                .append(Runtime.version())
                .append(".\n\nServer: ")
                .append(serverSettings())
                .append(".\n\nBetween dates (untimed): ")
                .append(BulkBook.ON_TIME_PERCENT)
                .append("% of the installments due the day before are paid on their due date, ")
                .append(BulkBook.CURE_PERCENT)
                .append("% of the overdue ones are paid up.\n\n");

        md.append("## Per size\n\n");
        md.append("| plans | installments, customers | generate s | vacuum analyze s | runs | mean s per run |"
                + " max s per run | mean s per 100k plans | mean rows touched | mean events |\n");
        md.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Size size : sizes) {
            double mean =
                    size.runs().stream().mapToDouble(Run::seconds).average().orElse(0);
            double max = size.runs().stream().mapToDouble(Run::seconds).max().orElse(0);
            md.append(String.format(
                    Locale.ROOT,
                    "| %,d | %s | %.1f | %.1f | %d | %.2f | %.2f | %.2f | %,.0f | %,.0f |%n",
                    size.plans(),
                    size.book(),
                    size.generateSeconds(),
                    size.vacuumSeconds(),
                    size.runs().size(),
                    mean,
                    max,
                    mean * 100_000 / size.plans(),
                    size.runs().stream().mapToLong(Run::rowsTouched).average().orElse(0),
                    size.runs().stream().mapToLong(Run::eventsWritten).average().orElse(0)));
        }

        md.append("\n## Per business date\n\n");
        md.append("| plans | date | paid before | overdue | late fees | DPD changes | reminders | rows touched |"
                + " events | WAL MB | s | s per 100k plans |");
        STEPS.forEach(step -> md.append(' ').append(step).append(" s |"));
        md.append("\n|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        STEPS.forEach(step -> md.append("---:|"));
        md.append('\n');
        for (Size size : sizes) {
            for (Run run : size.runs()) {
                DayClosed c = run.closed();
                md.append(String.format(
                        Locale.ROOT,
                        "| %,d | %s | %,d | %,d | %,d | %,d | %,d | %,d | %,d | %.0f | %.2f | %.2f |",
                        run.plans(),
                        run.date(),
                        run.paidBefore(),
                        c.installmentsOverdue(),
                        c.lateFeesCharged(),
                        c.delinquencyChanges(),
                        c.reminders(),
                        run.rowsTouched(),
                        run.eventsWritten(),
                        run.walMegabytes(),
                        run.seconds(),
                        run.seconds() * 100_000 / run.plans()));
                STEPS.forEach(step -> md.append(
                        String.format(Locale.ROOT, " %.2f |", run.steps().get(step))));
                md.append('\n');
            }
        }
        return md.toString();
    }

    private static String format(Map<String, Double> steps) {
        StringBuilder text = new StringBuilder();
        steps.forEach((step, s) -> text.append(String.format(Locale.ROOT, "%s=%.2f ", step, s)));
        return text.toString().trim();
    }

    private static double secondsSince(long nanos) {
        return (System.nanoTime() - nanos) / 1e9;
    }
}
