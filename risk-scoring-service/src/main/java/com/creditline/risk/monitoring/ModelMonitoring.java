package com.creditline.risk.monitoring;

import com.creditline.common.time.BusinessClock;
import com.creditline.risk.monitoring.MonitoringReport.GradeBadRate;
import com.creditline.risk.monitoring.MonitoringReport.Stability;
import com.creditline.risk.monitoring.MonitoringReport.Vintage;
import com.creditline.risk.monitoring.MonitoringReport.Week;
import com.creditline.risk.scoring.ModelVersion;
import com.creditline.risk.scoring.RiskModel;
import com.creditline.risk.scoring.scorecard.PopulationStability;
import com.creditline.risk.scoring.scorecard.ScoreBand;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the monitoring report from the decisions, their outcomes and the customers' behaviour. */
@Service
public class ModelMonitoring {

    static final int BASELINE = 1_000;
    static final int WEEKS = 12;
    static final int VINTAGES = 24;

    private final JdbcClient jdbc;
    private final RiskModel champion;
    private final BusinessClock clock;
    private final FeatureDrift features;

    ModelMonitoring(JdbcClient jdbc, RiskModel champion, BusinessClock clock, FeatureDrift features) {
        this.jdbc = jdbc;
        this.champion = champion;
        this.clock = clock;
        this.features = features;
    }

    @Transactional(readOnly = true)
    public MonitoringReport report() {
        ModelVersion model = champion.version();
        return new MonitoringReport(
                model,
                stability(model),
                features.of(model, champion.features(), recentSince()),
                weeks(),
                badRatesByGrade(),
                vintages());
    }

    private Stability stability(ModelVersion model) {
        int[] baseline = scores(
                "SELECT score FROM credit_application WHERE model_id = ? AND model_version = ?"
                        + " ORDER BY decided_on, decided_at LIMIT " + BASELINE,
                model.modelId(),
                model.version());
        int[] recent = scores(
                "SELECT score FROM credit_application WHERE model_id = ? AND model_version = ? AND decided_on >= ?",
                model.modelId(),
                model.version(),
                recentSince());
        if (baseline.length == 0 || recent.length == 0) {
            return new Stability(0, baseline.length, recent.length, false);
        }
        List<ScoreBand> bands = ScoreBand.deciles(baseline);
        double index = PopulationStability.index(bands, recent);
        return new Stability(index, baseline.length, recent.length, index > PopulationStability.SHIFTED);
    }

    private int[] scores(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Integer.class).list().stream()
                .mapToInt(Integer::intValue)
                .toArray();
    }

    private List<Week> weeks() {
        LocalDate since = clock.businessDate().minusWeeks(WEEKS);
        Map<LocalDate, Map<String, Long>> mix = new LinkedHashMap<>();
        jdbc.sql("SELECT date_trunc('week', decided_on)::date, grade, count(*) FROM credit_application"
                        + " WHERE decision = 'APPROVED' AND decided_on >= ? GROUP BY 1, 2 ORDER BY 1, 2")
                .param(since)
                .query(rs -> {
                    mix.computeIfAbsent(rs.getDate(1).toLocalDate(), w -> new LinkedHashMap<>())
                            .put(rs.getString(2), rs.getLong(3));
                });
        return jdbc.sql("SELECT date_trunc('week', decided_on)::date, count(*),"
                        + " count(*) FILTER (WHERE decision = 'APPROVED') FROM credit_application"
                        + " WHERE decided_on >= ? GROUP BY 1 ORDER BY 1 DESC")
                .param(since)
                .query((rs, n) -> {
                    LocalDate week = rs.getDate(1).toLocalDate();
                    long applications = rs.getLong(2);
                    return new Week(
                            week,
                            applications,
                            (double) rs.getLong(3) / applications,
                            mix.getOrDefault(week, Map.of()));
                })
                .list();
    }

    private List<GradeBadRate> badRatesByGrade() {
        return jdbc.sql("SELECT grade, count(*) FILTER (WHERE outcome IN ('GOOD', 'BAD')),"
                        + " count(*) FILTER (WHERE outcome = 'BAD') FROM credit_application"
                        + " WHERE decision = 'APPROVED' GROUP BY grade ORDER BY grade")
                .query((rs, n) -> new GradeBadRate(
                        rs.getString(1),
                        rs.getLong(2),
                        rs.getLong(2) == 0 ? 0 : (double) rs.getLong(3) / rs.getLong(2)))
                .list();
    }

    private List<Vintage> vintages() {
        String month = "date_trunc('month', a.decided_on)::date";
        return jdbc.sql("SELECT " + month + ", count(*),"
                        + reached(month, 3, 30) + ", " + reached(month, 6, 90) + ", " + reached(month, 12, 90)
                        + " FROM credit_application a WHERE a.decision = 'APPROVED'"
                        + " GROUP BY 1 ORDER BY 1 DESC LIMIT " + VINTAGES)
                .query((rs, n) -> {
                    double approved = rs.getLong(2);
                    return new Vintage(
                            rs.getDate(1).toLocalDate(),
                            rs.getLong(2),
                            rs.getLong(3) / approved,
                            rs.getLong(4) / approved,
                            rs.getLong(5) / approved);
                })
                .list();
    }

    /** How many of the month's approvals reached the days past due within the months on book. */
    private static String reached(String month, int monthsOnBook, int daysPastDue) {
        return "count(*) FILTER (WHERE EXISTS (SELECT 1 FROM behaviour_month m WHERE m.customer_id = a.customer_id"
                + " AND m.month >= " + month + " AND m.month < " + month + " + interval '" + monthsOnBook
                + " months' AND m.worst_days_past_due >= " + daysPastDue + "))";
    }

    /** The first business date of the recent population: the last 7 days' decisions. */
    private LocalDate recentSince() {
        return clock.businessDate().minusDays(7);
    }
}
