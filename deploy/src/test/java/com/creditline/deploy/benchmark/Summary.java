package com.creditline.deploy.benchmark;

import com.creditline.deploy.benchmark.BenchmarkRun.Footprint;
import com.creditline.deploy.benchmark.BenchmarkRun.Options;
import com.creditline.deploy.benchmark.DatabaseCeiling.Run;
import com.creditline.deploy.benchmark.FlightRecordings.Profile;
import com.creditline.deploy.benchmark.GatlingRuns.Result;
import com.creditline.deploy.benchmark.Measurements.Level;
import com.creditline.deploy.benchmark.Measurements.Overload;
import com.creditline.deploy.benchmark.Measurements.Stats;
import com.creditline.deploy.benchmark.Measurements.Window;
import com.creditline.deploy.benchmark.ProcessTable.MachineState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The benchmark's report, in markdown: the headline numbers first, then each phase, then the profile. */
final class Summary {

    /** The groups shown as CPU columns (the others are summed into the last column). */
    private static final List<String> CPU_COLUMNS = List.of(
            "gateway",
            "checkout",
            "credit-limit",
            "repayment",
            ProcessTable.POSTGRES,
            ProcessTable.DRIVER,
            ProcessTable.LOAD_GENERATOR);

    private final Map<String, StringBuilder> sections = new LinkedHashMap<>();

    /**
     * The run's headline numbers, for the table of repeated runs (median and spread): the ceiling
     * and its CPU per transaction, the maximum and its share of the ceiling, CPU per authorisation and
     * its multiple of pgbench's, p99 at half the maximum, the flash sale's share of the maximum
     * answered and its refusals' p99, whether it recovered at once, and the noisiest phase's steal
     * and other processes.
     */
    record Headline(
            double ceilingTps,
            double ceilingCpuMillis,
            double maximum,
            double ceilingPercent,
            double authorisationCpuMillis,
            double cpuTimesPgbench,
            long p99AtHalf,
            double rushAnsweredPercent,
            double refusedMeanMillisAtGateway,
            boolean recoveredAtOnce,
            double maxStealPercent,
            double maxOtherCores) {}

    private Headline headline;
    private double maxSteal;
    private double maxOther;

    /** CPU of PostgreSQL and pgbench per pgbench transaction at the ceiling, in ms; 0 until measured. */
    private double ceilingCpuMillis;

    /** CPU of the platform per authorisation at half the maximum, in ms; 0 until measured. */
    private double authorisationCpuMillis;

    Summary() {
        for (String name : List.of(
                "header",
                "headline",
                "ceiling",
                "ramp",
                "constant",
                "overload",
                "machine",
                "mix",
                "hot",
                "footprint",
                "profile",
                "footer")) {
            sections.put(name, new StringBuilder());
        }
    }

    String text() {
        StringBuilder text = new StringBuilder();
        for (StringBuilder section : sections.values()) {
            text.append(section);
            if (!section.isEmpty() && !section.toString().endsWith("\n\n")) {
                text.append('\n');
            }
        }
        return text.toString();
    }

    void header(Options o, ZonedDateTime date, String commit, String jars) {
        StringBuilder s = sections.get("header");
        s.append("# Load benchmark, ")
                .append(date.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
                .append("\n\n");
        s.append("| | |\n|---|---|\n");
        s.append("| machine | ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores (")
                .append(cpuModel())
                .append("), ")
                .append(memoryGiB())
                .append(" GiB memory |\n");
        s.append("| JDK | ")
                .append(System.getProperty("java.vm.name"))
                .append(' ')
                .append(System.getProperty("java.runtime.version"))
                .append(" |\n");
        s.append("| commit | ").append(commit).append(" |\n");
        s.append("| service jars built (UTC) | ").append(jars).append(" |\n");
        s.append("| customers | ")
                .append(o.customers())
                .append(" seeded through the gateway (every tenth linked to a partner), ")
                .append(o.hotLines())
                .append(" hot lines |\n");
        s.append("| service JVM options | `")
                .append(String.join(" ", o.jvmOptions()))
                .append("` |\n");
        s.append("| service settings | `")
                .append(String.join(" ", BenchmarkRun.SERVICE_ARGUMENTS))
                .append(
                        "` (the shop's rate limit raised so that the platform is measured, not the limiter; the fraud velocity thresholds raised for synthetic customers; both still run on every request) |\n\n");
    }

    /** The run failed: the reason goes first, so that no number below is read as measured. */
    void failure(String reason) {
        sections.get("headline").insert(0, "## FAILED\n\n" + reason + "\n\n");
    }

    Headline headline() {
        return headline;
    }

    void headline(double ceiling, double maximum, double half, Stats atHalf, Overload overload, Stats mix) {
        headline = new Headline(
                ceiling,
                ceilingCpuMillis,
                maximum,
                ceiling > 0 ? 100 * maximum / ceiling : 0,
                authorisationCpuMillis,
                ceilingCpuMillis > 0 ? authorisationCpuMillis / ceilingCpuMillis : 0,
                atHalf.p99(),
                overload == null || maximum <= 0 ? 0 : 100 * overload.rush().okPerSecond() / maximum,
                overload == null ? 0 : overload.atGateway().meanMillis(),
                overload != null && recoveredAtOnce(overload),
                100 * maxSteal,
                maxOther);
        StringBuilder s = sections.get("headline");
        s.append("## Headline\n\n| measure | value | target |\n|---|---|---|\n");
        s.append("| database ceiling (pgbench, best of the client counts) | ")
                .append(ceiling > 0 ? fmt("%.0f tps", ceiling) : "not measured")
                .append(" | |\n");
        s.append("| maximum sustained authorisations through the gateway | ")
                .append(fmt("%.1f /s", maximum))
                .append(" | |\n");
        if (ceiling > 0) {
            double ratio = 100 * maximum / ceiling;
            s.append("| ratio to the ceiling | ")
                    .append(fmt("%.1f %%", ratio))
                    .append(" | ≥ 10 % ")
                    .append(ratio >= 10 ? "(met)" : "(missed)")
                    .append(" |\n");
        }
        if (ceilingCpuMillis > 0 && authorisationCpuMillis > 0) {
            double times = authorisationCpuMillis / ceilingCpuMillis;
            s.append(fmt(
                    "| CPU per authorisation at half the maximum (services, PostgreSQL, broker) over pgbench's CPU per "
                            + "transaction (PostgreSQL and pgbench) | %.2f ms / %.3f ms = **%.0f times** | ≤ 10 times %s |%n",
                    authorisationCpuMillis, ceilingCpuMillis, times, times <= 10 ? "(met)" : "(missed)"));
        }
        s.append("| latency at half the maximum (")
                .append(fmt("%.0f /s", half))
                .append("): p50 / p95 / p99 | ")
                .append(atHalf.p50())
                .append(" / ")
                .append(atHalf.p95())
                .append(" / ")
                .append(atHalf.p99())
                .append(" ms (")
                .append(fmt("%.2f", atHalf.failedPercent()))
                .append(" % failed) | p99 < 50 ms ")
                .append(atHalf.count() > 0 && atHalf.p99() < 50 ? "(met)" : "(missed)")
                .append(" |\n");
        if (overload != null) {
            Window rush = overload.rush();
            double share = maximum > 0 ? 100 * rush.okPerSecond() / maximum : 0;
            s.append(fmt(
                    "| a flash sale: offered %.0f /s (twice the maximum) for %.0f s: answered successfully | %.1f /s "
                            + "(%.0f %% of the maximum) | ≥ 90 %% %s |%n",
                    rush.offered(),
                    rush.sent() / Math.max(1, rush.offered()),
                    rush.okPerSecond(),
                    share,
                    share >= 90 ? "(met)" : "(missed)"));
            GatewayRefusals atGateway = overload.atGateway();
            s.append(fmt(
                    "| ... refused with 503 and Retry-After, timed at the gateway: count, within 50 ms, mean | %.0f, %.1f %%, "
                            + "%.1f ms | under 50 ms %s |%n",
                    atGateway.count(),
                    atGateway.sharedWithin50MillisPercent(),
                    atGateway.meanMillis(),
                    atGateway.sharedWithin50MillisPercent() >= 99
                            ? "(met: ≥ 99 % within)"
                            : "(missed: < 99 % within)"));
            s.append(fmt(
                    "| ... refused (429/503) as the shop saw them: count, p99 / max, waiting included | %d, %d / %d ms | |%n",
                    rush.refused(), rush.refusedP99(), rush.refusedMax()));
            s.append(fmt(
                    "| ... failed otherwise (timeouts, errors, declines) | %d of %d | |%n",
                    rush.otherFailures(), rush.sent()));
            Window after = overload.after();
            s.append(fmt(
                    "| right after: offered %.0f /s, answered successfully (each second) | %.1f /s %s, p99 %d ms | at once %s |%n",
                    after.offered(),
                    after.okPerSecond(),
                    overload.afterOkBySecond(),
                    after.answered().p99(),
                    recoveredAtOnce(overload) ? "(met)" : "(missed)"));
        }
        if (mix != null) {
            s.append("| the mix: requests per second, p50 / p95 / p99 | ")
                    .append(fmt("%.1f /s", mix.perSecond()))
                    .append(", ")
                    .append(mix.p50())
                    .append(" / ")
                    .append(mix.p95())
                    .append(" / ")
                    .append(mix.p99())
                    .append(" ms (")
                    .append(fmt("%.2f", mix.failedPercent()))
                    .append(" % failed) | |\n");
        }
        s.append('\n');
    }

    void seeding(int customers, int hotLines, Duration took) {
        sections.get("header")
                .append(fmt(
                        "Seeding %d customers and %d hot lines through the gateway (applications, lines opened by the approval event, partner links) took %.0f s.%n%n",
                        customers, hotLines, took.toMillis() / 1000.0));
    }

    void noCeiling() {
        sections.get("ceiling")
                .append(
                        "## Database ceiling\n\nNot measured: no pgbench on this machine (`apt-get install postgresql-client`).\n\n");
    }

    void ceiling(List<Run> runs, List<Map<String, Double>> cores, double best, String commands) {
        StringBuilder s = sections.get("ceiling");
        s.append("## Database ceiling: pgbench, one authorisation's work per transaction\n\n");
        s.append(
                "A guarded update of a credit line (`available >= amount`) and the insert of a hold, in one transaction, "
                        + "over as many lines as seeded customers, on the platform's own PostgreSQL (schema `benchmark`).\n\n");
        s.append("```sh\n").append(commands).append("\n```\n\n");
        s.append(
                "| clients | tps | latency avg | CPU cores: postgresql | pgbench | rest of the machine |\n|---|---|---|---|---|---|\n");
        for (int i = 0; i < runs.size(); i++) {
            Run r = runs.get(i);
            Map<String, Double> c = cores.get(i);
            s.append(fmt(
                    "| %d | %.0f | %.2f ms | %.2f | %.2f | %.2f |%n",
                    r.clients(),
                    r.tps(),
                    r.latencyMillis(),
                    c.getOrDefault(ProcessTable.POSTGRES, 0.0),
                    c.getOrDefault(ProcessTable.PGBENCH, 0.0),
                    c.getOrDefault(ProcessTable.REST_OF_MACHINE, 0.0)));
        }
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i).tps() == best && best > 0) {
                Map<String, Double> c = cores.get(i);
                double busy = c.getOrDefault(ProcessTable.POSTGRES, 0.0) + c.getOrDefault(ProcessTable.PGBENCH, 0.0);
                ceilingCpuMillis = 1000 * busy / best;
            }
        }
        s.append(fmt(
                "%nCeiling: **%.0f tps**, at %.3f ms of CPU (PostgreSQL and pgbench) per transaction.%n%n",
                best, ceilingCpuMillis));
    }

    void ramp(List<Level> levels, List<Map<String, Double>> cores, double maximum, Result run, String command) {
        StringBuilder s = sections.get("ramp");
        s.append("## Authorisation capacity: open-model ramp\n\n");
        s.append(
                "Each arrival is one authorisation (`POST /api/v1/orders/{id}/authorisation` as the shop: token check, rate limit, "
                        + "caller token, fraud check, hold on the line, order, outbox) of a random seeded customer. A level is sustained "
                        + fmt(
                                "when at most %.0f %% fail, p95 is at most %d ms and at least %.0f %% of the offered rate is answered; ",
                                Measurements.MAX_FAILED_PERCENT,
                                Measurements.MAX_P95_MILLIS,
                                100 * Measurements.MIN_SHARE_ANSWERED)
                        + "the maximum is the best answered rate of the sustained levels (a level below it that did not keep up, "
                        + "a latency spike while other work shared the cores, does not lower it). CPU in cores (2.00 = both cores "
                        + "busy); *platform ms/auth* is the CPU of the services, PostgreSQL and the Kafka broker per answered "
                        + "authorisation.\n\n");
        s.append("| level | offered /s | answered /s | failed | p50 | p95 | p99 | verdict | ");
        CPU_COLUMNS.forEach(c -> s.append(c).append(" | "));
        s.append("other | machine busy | platform ms/auth |\n|");
        s.append("---|".repeat(8 + CPU_COLUMNS.size() + 3)).append('\n');
        for (int i = 0; i < levels.size(); i++) {
            Level l = levels.get(i);
            Stats st = l.stats();
            s.append(fmt(
                    "| %d | %.0f | %.1f | %.1f %% | %d | %d | %d | %s%s | ",
                    l.index(),
                    l.offered(),
                    st.okPerSecond(),
                    st.failedPercent(),
                    st.p50(),
                    st.p95(),
                    st.p99(),
                    l.verdict(),
                    l.sustained() ? " ✓" : ""));
            cpuCells(s, cores.get(i));
            s.append(fmt(" | %.1f |%n", 1000 * platformCores(cores.get(i)) / Math.max(0.1, st.okPerSecond())));
        }
        s.append(fmt("%nMaximum sustained: **%.1f authorisations/s**.%n%n", maximum));
        s.append(report(run))
                .append("Run by hand against a running platform: `")
                .append(command)
                .append("`\n\n");
    }

    void constant(double rate, Stats stats, Stats rampIn, Map<String, Double> cores, Result run) {
        StringBuilder s = sections.get("constant");
        s.append("## Authorisations at half the maximum\n\n");
        s.append(fmt("| phase | requests | failed | p50 | p95 | p99 | max |%n|---|---|---|---|---|---|---|%n"));
        s.append(fmt(
                "| %.0f /s held (answered %.1f /s) | %d | %.2f %% | %d ms | %d ms | %d ms | %d ms |%n",
                rate,
                stats.okPerSecond(),
                stats.count(),
                stats.failedPercent(),
                stats.p50(),
                stats.p95(),
                stats.p99(),
                stats.max()));
        s.append(fmt(
                "| ramp-in to %.0f /s over %d s (not in the headline: the load generator's JVM starts cold) | %d | %.2f %% | %d ms | %d ms | %d ms | %d ms |%n%n",
                rate,
                AuthorisationConstantSimulation.RAMP_IN_SECONDS,
                rampIn.count(),
                rampIn.failedPercent(),
                rampIn.p50(),
                rampIn.p95(),
                rampIn.p99(),
                rampIn.max()));
        s.append("CPU (cores): ").append(cpuLine(cores)).append("\n\n");
        if (stats.okPerSecond() > 0) {
            authorisationCpuMillis = 1000 * platformCores(cores) / stats.okPerSecond();
            s.append(fmt(
                    "CPU of the platform (services, PostgreSQL, broker) per authorisation: **%.2f ms**.%n%n",
                    authorisationCpuMillis));
            s.append("The CPU budget of an authorisation by hop (everything each process did meanwhile, per "
                    + "authorisation answered):\n\n| process | ms of CPU per authorisation |\n|---|---|\n");
            cores.forEach((group, used) -> {
                if (used >= 0.005) {
                    s.append(fmt("| %s | %.2f |%n", group, 1000 * used / stats.okPerSecond()));
                }
            });
            s.append('\n');
        }
        s.append(report(run)).append('\n');
    }

    /**
     * One phase's line in the table of the machine's state: how busy it was, how much in the kernel,
     * how much the hypervisor stole, and how much other processes (not the benchmark's) used.
     */
    void machine(String phase, MachineState state, Map<String, Double> cores) {
        maxSteal = Math.max(maxSteal, state.steal());
        maxOther = Math.max(maxOther, cores.getOrDefault(ProcessTable.REST_OF_MACHINE, 0.0));
        StringBuilder s = sections.get("machine");
        if (s.isEmpty()) {
            s.append("## The machine's state by phase\n\n");
            s.append(
                    "Shares of all the machine's cores. A run with steal or other processes well above zero shared the "
                            + "machine and is noisy.\n\n");
            s.append("| phase | busy | system | steal | other processes (cores) |\n|---|---|---|---|---|\n");
        }
        s.append(fmt(
                "| %s | %.0f %% | %.1f %% | %.1f %% | %.2f |%n",
                phase,
                100 * state.busy(),
                100 * state.system(),
                100 * state.steal(),
                cores.getOrDefault(ProcessTable.REST_OF_MACHINE, 0.0)));
    }

    /** The flash sale: what was answered, refused and failed, what followed, and what was left half done. */
    void overload(
            double maximum, Overload overload, Map<String, Double> cores, long[] halfDone, Result run, String command) {
        StringBuilder s = sections.get("overload");
        s.append("## A flash sale: twice the maximum, then ordinary trade\n\n");
        s.append(fmt(
                "Authorisations offered at twice the maximum sustained (%.1f /s) for %.0f s, then at once at half of it. "
                        + "*Refused* are the answers 429 or 503 (with Retry-After: the gateway's admission control or the "
                        + "rate limit); *failed otherwise* is anything else that was not an authorisation (a timeout, an "
                        + "error, a decline).%n%n",
                maximum, overload.rush().sent() / Math.max(1, overload.rush().offered())));
        s.append(
                "| window | offered /s | sent | answered /s | p50 / p95 / p99 answered | refused | refused p50 / p99 / max "
                        + "| failed otherwise |\n|---|---|---|---|---|---|---|---|\n");
        window(s, "the rush", overload.rush());
        window(s, "right after", overload.after());
        s.append(fmt(
                "%nAnswered successfully in each second right after the rush: %s.%n%n", overload.afterOkBySecond()));
        s.append("CPU during the rush (cores): ").append(cpuLine(cores)).append("\n\n");
        s.append(fmt(
                "Left half done once checkout's recovery had run (up to two minutes after): **%d** orders still "
                        + "authorising, **%d** holds open on a line for an order of the phase that is not authorised.%n%n",
                halfDone[0], halfDone[1]));
        s.append(report(run))
                .append("Run by hand against a running platform: `")
                .append(command)
                .append("`\n\n");
    }

    private static void window(StringBuilder s, String name, Window w) {
        s.append(fmt(
                "| %s | %.0f | %d | %.1f | %d / %d / %d ms | %d | %d / %d / %d ms | %d |%n",
                name,
                w.offered(),
                w.sent(),
                w.okPerSecond(),
                w.answered().p50(),
                w.answered().p95(),
                w.answered().p99(),
                w.refused(),
                w.refusedP50(),
                w.refusedP99(),
                w.refusedMax(),
                w.otherFailures()));
    }

    /**
     * Whether the platform answered normally from the first second after the rush: at least 90 % of
     * the offered rate answered successfully in each of the first five seconds.
     */
    static boolean recoveredAtOnce(Overload overload) {
        List<Integer> seconds = overload.afterOkBySecond();
        double wanted = 0.9 * overload.after().offered();
        return seconds.size() >= 5 && seconds.subList(0, 5).stream().allMatch(n -> n >= wanted);
    }

    /** The database's work per authorisation during the constant phase (everything the platform did meanwhile). */
    void databaseWork(long[] before, long[] after, long authorisations) {
        if (authorisations <= 0 || after[0] == 0) {
            return;
        }
        double n = authorisations;
        sections.get("constant")
                .append(fmt(
                        "At the database meanwhile (pg_stat_database: all the platform's work, outbox relays, event consumers and "
                                + "background jobs included), per authorisation: **%.1f transactions** committed, %.1f rows inserted, "
                                + "%.1f updated, %.1f fetched; pgbench's authorisation is one transaction, one row inserted and one "
                                + "updated.%n%n",
                        (after[0] - before[0]) / n,
                        (after[1] - before[1]) / n,
                        (after[2] - before[2]) / n,
                        (after[3] - before[3]) / n));
    }

    void mix(double rate, List<Stats> stats, Map<String, Double> cores, Result run, String command) {
        StringBuilder s = sections.get("mix");
        s.append("## The mix\n\n");
        s.append(fmt(
                "Journeys arrive at %.0f /s (after a 10 s ramp): 40 %% shop checkout (quote, authorise, capture into a plan, read the order), "
                        + "30 %% customer reads (credit account, plans), 20 %% repayments (read plans, prepay 10.00), "
                        + "10 %% a partner's checkout with its API key (quote, authorise, capture, read the order).%n%n",
                rate));
        statsTable(s, stats);
        s.append("\nCPU (cores): ").append(cpuLine(cores)).append("\n\n");
        s.append(report(run)).append("Run by hand: `").append(command).append("`\n\n");
    }

    void hotLines(double rate, int lines, List<Stats> stats, Map<String, Double> cores, Result run) {
        StringBuilder s = sections.get("hot");
        s.append("## Hot lines\n\n");
        s.append(fmt(
                "Orders arrive at %.0f /s on only %d credit lines, each authorised and voided at once: holds placed and released on "
                        + "the same rows by concurrent requests.%n%n",
                rate, lines));
        statsTable(s, stats);
        s.append("\nCPU (cores): ").append(cpuLine(cores)).append("\n\n");
        s.append(report(run)).append('\n');
    }

    void footprint(String what, Footprint f) {
        StringBuilder s = sections.get("footprint");
        if (s.isEmpty()) {
            s.append("## Startup and footprint\n\n");
            s.append(
                    "Memory is measured two ways: what `Platform` reports (the resident set of the launching JVM, which runs the Kafka "
                            + "broker, and its children, the six services; PostgreSQL is started by `pg_ctl` as a daemon and is not among them), "
                            + "and the proportional set size (PSS) of every process including PostgreSQL's, where memory shared between "
                            + "processes counts once.\n\n");
        }
        s.append(fmt(
                "With %s%s: ready **%.1f s** after the start; `Platform` reports **%d MB** resident; all processes with "
                        + "PostgreSQL: **%d MB** (PSS). ",
                what,
                f.firstStart() ? "" : " (data folder from an earlier start)",
                f.startup().toMillis() / 1000.0,
                f.residentBytes() >> 20,
                f.total() >> 20));
        s.append(memoryLine(f.byProcess())).append("\n\n");
    }

    void residentAfterLoad(long platformReports, Map<String, Long> byProcess) {
        long total = byProcess.values().stream().mapToLong(Long::longValue).sum();
        sections.get("footprint")
                .append(fmt(
                        "After the load, with benchmark settings: `Platform` reports **%d MB**; all processes with PostgreSQL: "
                                + "**%d MB** (PSS). ",
                        platformReports >> 20, total >> 20))
                .append(memoryLine(byProcess))
                .append("\n\n");
    }

    void profiles(List<Profile> profiles, Stats profiled, Map<String, Double> cores, Path directory) {
        StringBuilder s = sections.get("profile");
        s.append("## Profile: what limits it\n\n");
        s.append("Java Flight Recorder (`jcmd <pid> JFR.start settings=profile`) in every service while authorisations "
                        + "arrive at the maximum (a phase of its own, after the others, so that the recorder's cost "
                        + "lowers no measured rate); recordings and "
                        + "`jfr view hot-methods|gc-pauses|contention-by-site|allocation-by-class` in `")
                .append(directory)
                .append("`.\n\n");
        if (profiled != null) {
            s.append(fmt(
                    "With the recorder on: %.1f /s answered, p50 / p95 / p99 %d / %d / %d ms, %.2f %% failed.%n%n",
                    profiled.okPerSecond(), profiled.p50(), profiled.p95(), profiled.p99(), profiled.failedPercent()));
            s.append("CPU meanwhile (cores): ").append(cpuLine(cores)).append("\n\n");
        }
        for (Profile p : profiles) {
            s.append(fmt(
                    "### %s%n%n%d execution samples; the JVM used %.2f cores on average over the recording; %d collections, %d ms of pauses.%n%n",
                    p.service(),
                    p.samples(),
                    p.jvmCpu() * Runtime.getRuntime().availableProcessors(),
                    p.collections(),
                    p.gcPauses().toMillis()));
            s.append("| threads by CPU (jdk.ThreadCPULoad) | cores |\n|---|---|\n");
            p.threads().forEach((k, v) -> s.append(fmt("| %s | %.2f |%n", k, v)));
            s.append("\n| where the samples are (first non-JDK frame) | share |\n|---|---|\n");
            p.libraries().forEach((k, v) -> s.append(fmt("| %s | %.1f %% |%n", k, v)));
            s.append("\n| hottest methods (top frame) | share |\n|---|---|\n");
            p.hotMethods().forEach((k, v) -> s.append(fmt("| `%s` | %.1f %% |%n", k, v)));
            s.append("\n| anywhere in the stack | share |\n|---|---|\n");
            p.inclusive().forEach((k, v) -> s.append(fmt("| %s | %.1f %% |%n", k, v)));
            if (!p.exceptions().isEmpty()) {
                s.append("\n| exceptions thrown | per second |\n|---|---|\n");
                p.exceptions().forEach((k, v) -> s.append(fmt("| `%s` | %.1f |%n", k.replace('|', '/'), v)));
            }
            s.append('\n');
        }
    }

    void footer(Path out, Duration took) {
        StringBuilder s = sections.get("footer");
        s.append("## Files\n\n");
        s.append("- Gatling's HTML reports: `deploy/target/gatling/<simulation>-<timestamp>/index.html`\n");
        s.append("- request logs (one line per request): `").append(out).append("/*.csv`\n");
        s.append("- pgbench output: `")
                .append(out)
                .append("/pgbench-*-clients.txt`; Gatling console: `")
                .append(out)
                .append("/gatling-*.log`; service logs: `")
                .append(out)
                .append("/platform-data/logs`\n\n");
        s.append(fmt("The whole run took %.1f minutes.%n", took.toMillis() / 60000.0));
    }

    private static void statsTable(StringBuilder s, List<Stats> stats) {
        s.append(
                "| request | count | per second | failed | p50 | p95 | p99 | max |\n|---|---|---|---|---|---|---|---|\n");
        for (Stats st : stats) {
            s.append(fmt(
                    "| %s | %d | %.1f | %.2f %% | %d | %d | %d | %d |%n",
                    st.name(), st.count(), st.perSecond(), st.failedPercent(), st.p50(), st.p95(), st.p99(), st.max()));
        }
    }

    private static void cpuCells(StringBuilder s, Map<String, Double> cores) {
        double other = 0;
        for (Map.Entry<String, Double> c : cores.entrySet()) {
            if (!CPU_COLUMNS.contains(c.getKey())) {
                other += c.getValue();
            }
        }
        List<String> cells = new ArrayList<>();
        for (String column : CPU_COLUMNS) {
            cells.add(fmt("%.2f", cores.getOrDefault(column, 0.0)));
        }
        cells.add(fmt("%.2f", other));
        double total = cores.values().stream().mapToDouble(Double::doubleValue).sum();
        cells.add(fmt("%.0f %%", 100 * total / Runtime.getRuntime().availableProcessors()));
        s.append(String.join(" | ", cells));
    }

    /** CPU of the platform itself: the services, PostgreSQL and the driver's JVM, which runs the Kafka broker. */
    static double platformCores(Map<String, Double> cores) {
        double platform = 0;
        for (Map.Entry<String, Double> c : cores.entrySet()) {
            if (ProcessTable.SERVICES.containsValue(c.getKey())
                    || c.getKey().equals(ProcessTable.POSTGRES)
                    || c.getKey().equals(ProcessTable.DRIVER)) {
                platform += c.getValue();
            }
        }
        return platform;
    }

    private static String cpuLine(Map<String, Double> cores) {
        List<String> parts = new ArrayList<>();
        double total = 0;
        for (Map.Entry<String, Double> c : cores.entrySet()) {
            total += c.getValue();
            if (c.getValue() >= 0.005) {
                parts.add(fmt("%s %.2f", c.getKey(), c.getValue()));
            }
        }
        return String.join(", ", parts)
                + fmt(
                        " (machine %.0f %% busy)",
                        100 * total / Runtime.getRuntime().availableProcessors());
    }

    private static String memoryLine(Map<String, Long> byProcess) {
        List<String> parts = new ArrayList<>();
        byProcess.forEach((k, v) -> {
            if (v > 0) {
                parts.add(k + " " + (v >> 20) + " MB");
            }
        });
        return "By process: " + String.join(", ", parts) + ".";
    }

    private static String report(Result run) {
        return run.report()
                .map(p -> "Gatling report: `" + p + "/index.html`. ")
                .orElse("No Gatling report (exit " + run.exitCode() + "); see `" + run.log() + "`. ");
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst()
                    .orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static String memoryGiB() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream()
                    .filter(l -> l.startsWith("MemTotal:"))
                    .map(l -> fmt("%.1f", Long.parseLong(l.replaceAll("[^0-9]", "")) / (1024.0 * 1024.0)))
                    .findFirst()
                    .orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
