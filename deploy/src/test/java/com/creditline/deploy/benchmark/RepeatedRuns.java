package com.creditline.deploy.benchmark;

import com.creditline.deploy.benchmark.Summary.Headline;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The benchmark repeated: each headline number of every run, with the median and the spread
 * (highest minus lowest), so that one noisy run is seen as such rather than taken for the result.
 */
final class RepeatedRuns {

    private RepeatedRuns() {}

    private record Measure(String name, String unit, String target, ToDoubleFunction<Headline> value) {}

    private static final List<Measure> MEASURES = List.of(
            new Measure("database ceiling (pgbench)", "tps", "", Headline::ceilingTps),
            new Measure("pgbench CPU per transaction", "ms", "", Headline::ceilingCpuMillis),
            new Measure("maximum sustained authorisations", "/s", "", Headline::maximum),
            new Measure("maximum over the ceiling", "%", "≥ 10 %", Headline::ceilingPercent),
            new Measure("platform CPU per authorisation", "ms", "", Headline::authorisationCpuMillis),
            new Measure("... over pgbench's per transaction", "times", "≤ 10", Headline::cpuTimesPgbench),
            new Measure("p99 at half the maximum", "ms", "< 50 ms", h -> h.p99AtHalf()),
            new Measure("flash sale: answered over the maximum", "%", "≥ 90 %", Headline::rushAnsweredPercent),
            new Measure(
                    "flash sale: refusals' mean at the gateway", "ms", "< 50 ms", Headline::refusedMeanMillisAtGateway),
            new Measure("recovered at once (1 = yes)", "", "1", h -> h.recoveredAtOnce() ? 1 : 0),
            new Measure("steal, noisiest phase", "%", "", Headline::maxStealPercent),
            new Measure("other processes, busiest phase", "cores", "", Headline::maxOtherCores));

    static String table(List<Headline> runs, int asked) {
        StringBuilder s = new StringBuilder("# Load benchmark, repeated\n\n");
        s.append(String.format(
                Locale.ROOT,
                "%d of %d runs reported headline numbers (each run's summary is in deploy/target/benchmark/runs/).%n%n",
                runs.size(),
                asked));
        s.append("| measure | ");
        for (int i = 1; i <= runs.size(); i++) {
            s.append("run ").append(i).append(" | ");
        }
        s.append("median | spread | target |\n|---|");
        s.append("---|".repeat(runs.size() + 3)).append('\n');
        for (Measure m : MEASURES) {
            List<Double> values = new ArrayList<>();
            runs.forEach(h -> values.add(m.value().applyAsDouble(h)));
            s.append("| ")
                    .append(m.name())
                    .append(m.unit().isEmpty() ? "" : " (" + m.unit() + ")")
                    .append(" | ");
            values.forEach(v -> s.append(number(v)).append(" | "));
            s.append(number(median(values)))
                    .append(" | ")
                    .append(number(spread(values)))
                    .append(" | ")
                    .append(m.target())
                    .append(" |\n");
        }
        return s.toString();
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    static double spread(List<Double> values) {
        return values.isEmpty()
                ? 0
                : values.stream().mapToDouble(Double::doubleValue).max().orElse(0)
                        - values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }

    private static String number(double value) {
        return Math.abs(value) >= 100
                ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.2f", value);
    }
}
