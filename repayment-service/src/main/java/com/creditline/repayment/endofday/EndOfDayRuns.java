package com.creditline.repayment.endofday;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What end of day has done: each business date closed ({@code end_of_day_run}, claimed and
 * completed in the date's own transaction), and the history of runs for operations ({@code
 * end_of_day_run_history}, a row when a run starts, written outside the dates' transactions so that
 * a run that fails half-way still shows, with its error).
 */
@Component
class EndOfDayRuns {

    enum Outcome {
        RUNNING,
        COMPLETED,
        NOTHING_TO_DO,
        FAILED
    }

    /** One run: who started it, through which date, when, what it processed and how it ended. */
    record EndOfDayRun(
            long runId,
            LocalDate runThrough,
            String startedBy,
            Instant startedAt,

            @Schema(
                    types = {"string", "null"},
                    format = "date-time",
                    description = "Absent while running.")
            Instant finishedAt,

            @Schema(
                    types = {"integer", "null"},
                    description = "Milliseconds; absent while running.")
            Long durationMillis,

            @Schema(
                    types = {"string", "null"},
                    format = "date",
                    description = "Absent when it processed none.")
            LocalDate firstDate,

            @Schema(
                    types = {"string", "null"},
                    format = "date",
                    description = "Absent when it processed none.")
            LocalDate lastDate,

            int datesProcessed,
            Outcome outcome,

            @Schema(
                    types = {"string", "null"},
                    description = "Why it failed; absent otherwise.")
            String error) {}

    private final JdbcClient jdbc;

    EndOfDayRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The last business date end of day closed, if any. */
    Optional<LocalDate> lastDateClosed() {
        return jdbc.sql("SELECT max(business_date) FROM end_of_day_run")
                .query((rs, n) -> Optional.ofNullable(rs.getDate(1)).map(java.sql.Date::toLocalDate))
                .single();
    }

    /** Claims a business date for this run; false when it was closed (or claimed) before. */
    boolean claim(LocalDate date, Timestamp at) {
        return jdbc.sql("INSERT INTO end_of_day_run (business_date, started_at) VALUES (:d, :now)"
                                + " ON CONFLICT (business_date) DO NOTHING")
                        .param("d", date)
                        .param("now", at)
                        .update()
                == 1;
    }

    /** Records what the run did on a date it claimed. */
    void dateClosed(DayClosed closed, Instant at) {
        jdbc.sql("""
                        UPDATE end_of_day_run SET finished_at = :now, installments_overdue = :overdue,
                               late_fees_charged = :lateFees, late_fee_total = :lateFeeTotal,
                               delinquency_changes = :delinquencyChanges, reminders = :reminders
                        WHERE business_date = :d
                        """)
                .param("now", Timestamp.from(at))
                .param("overdue", closed.installmentsOverdue())
                .param("lateFees", closed.lateFeesCharged())
                .param("lateFeeTotal", closed.lateFeeTotal().amount())
                .param("delinquencyChanges", closed.delinquencyChanges())
                .param("reminders", closed.reminders())
                .param("d", closed.businessDate())
                .update();
    }

    long started(LocalDate runThrough, String startedBy, Instant at) {
        return jdbc.sql("""
                        INSERT INTO end_of_day_run_history (run_through, started_by, started_at, outcome)
                        VALUES (:through, :by, :at, 'RUNNING') RETURNING run_id""")
                .param("through", runThrough)
                .param("by", startedBy)
                .param("at", Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    void finished(long runId, List<DayClosed> processed, Instant at) {
        ended(runId, processed, outcomeOf(processed), null, at);
    }

    /** How a run that did not fail ended: completed, or nothing to do when it processed no date. */
    static Outcome outcomeOf(List<DayClosed> processed) {
        return processed.isEmpty() ? Outcome.NOTHING_TO_DO : Outcome.COMPLETED;
    }

    void failed(long runId, List<DayClosed> processed, RuntimeException failure, Instant at) {
        String error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        ended(runId, processed, Outcome.FAILED, error.length() > 2000 ? error.substring(0, 2000) : error, at);
    }

    private void ended(long runId, List<DayClosed> processed, Outcome outcome, String error, Instant at) {
        jdbc.sql("""
                        UPDATE end_of_day_run_history SET finished_at = :at, first_date = :first, last_date = :last,
                               dates_processed = :count, outcome = :outcome, error = :error
                        WHERE run_id = :id""")
                .param("at", Timestamp.from(at))
                .param(
                        "first",
                        processed.isEmpty() ? null : processed.getFirst().businessDate())
                .param("last", processed.isEmpty() ? null : processed.getLast().businessDate())
                .param("count", processed.size())
                .param("outcome", outcome.name())
                .param("error", error)
                .param("id", runId)
                .update();
    }

    /** The latest runs, newest first. */
    List<EndOfDayRun> latest(int limit) {
        return jdbc.sql("SELECT * FROM end_of_day_run_history ORDER BY run_id DESC LIMIT :limit")
                .param("limit", limit)
                .query((rs, n) -> {
                    Instant started = rs.getTimestamp("started_at").toInstant();
                    Timestamp finished = rs.getTimestamp("finished_at");
                    java.sql.Date first = rs.getDate("first_date");
                    java.sql.Date last = rs.getDate("last_date");
                    return new EndOfDayRun(
                            rs.getLong("run_id"),
                            rs.getDate("run_through").toLocalDate(),
                            rs.getString("started_by"),
                            started,
                            finished == null ? null : finished.toInstant(),
                            finished == null
                                    ? null
                                    : Duration.between(started, finished.toInstant())
                                            .toMillis(),
                            first == null ? null : first.toLocalDate(),
                            last == null ? null : last.toLocalDate(),
                            rs.getInt("dates_processed"),
                            Outcome.valueOf(rs.getString("outcome")),
                            rs.getString("error"));
                })
                .list();
    }
}
