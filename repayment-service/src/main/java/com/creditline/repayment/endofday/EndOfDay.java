package com.creditline.repayment.endofday;

import com.creditline.common.money.Money;
import com.creditline.common.outbox.Outbox;
import com.creditline.common.time.BusinessClock;
import com.creditline.common.time.BusinessDates;
import com.creditline.events.repayment.DelinquencyChanged;
import com.creditline.events.repayment.InstallmentDueSoon;
import com.creditline.events.repayment.RepaymentTopics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs end of day, one business date per transaction, as set-based SQL over every plan: the work
 * grows with the number of installments that change, not with round trips per plan.
 *
 * <p>For a date D: (1) claim D in {@code end_of_day_run} (a date claimed before is skipped, so a
 * second run changes nothing); (2) lock the standing of every customer with an unpaid installment
 * due before D, the same lock a payment or refund takes first, so none of them races the
 * statements below; (3) unpaid installments due before D become OVERDUE, breaking their customers'
 * on-time streaks; (4) installments past the grace period accrue one day's late fee within the APR
 * cap, recorded once per installment and date; (5) customers' days past due are brought to D and
 * DelinquencyChanged is published where they moved; (6) InstallmentDueSoon goes out for what falls
 * due in 3 days and today; (7) the business date advances to D.
 */
@Service
class EndOfDay {

    private static final Logger log = LoggerFactory.getLogger(EndOfDay.class);

    /**
     * How long each step of a date's run took: lock, overdue, late-fees, days-past-due, reminders,
     * events (writing them to the outbox), advance.
     */
    static final String STEP_TIMER = "creditline.end-of-day.step";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final BusinessDates businessDates;
    private final BusinessClock clock;
    private final Outbox outbox;
    private final LateFeeRules rules;
    private final EndOfDayProperties properties;
    private final MeterRegistry meters;

    EndOfDay(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            BusinessDates businessDates,
            BusinessClock clock,
            Outbox outbox,
            LateFeeRules rules,
            EndOfDayProperties properties,
            MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.businessDates = businessDates;
        this.clock = clock;
        this.outbox = outbox;
        this.rules = rules;
        this.properties = properties;
        this.meters = meters;
    }

    /** Processes every business date not processed yet, up to and including {@code through}. */
    EndOfDayReport runThrough(LocalDate through) {
        LocalDate from = nextDate();
        if (ChronoUnit.DAYS.between(from, through) >= properties.maxDaysPerRun()) {
            throw new EndOfDayRangeTooLong(from, through, properties.maxDaysPerRun());
        }
        List<DayClosed> processed = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(through); date = date.plusDays(1)) {
            LocalDate day = date;
            Optional<DayClosed> closed = transactions.execute(status -> close(day));
            closed.ifPresent(processed::add);
        }
        return new EndOfDayReport(clock.businessDate(), lastEndOfDay().orElse(null), processed);
    }

    /** The last business date end of day processed, if any. */
    Optional<LocalDate> lastEndOfDay() {
        return jdbc.sql("SELECT max(business_date) FROM end_of_day_run")
                .query((rs, n) -> Optional.ofNullable(rs.getDate(1)).map(java.sql.Date::toLocalDate))
                .single();
    }

    /**
     * The day after the last one processed; before any, the current business date itself, since
     * nothing has processed it.
     */
    LocalDate nextDate() {
        return lastEndOfDay().map(d -> d.plusDays(1)).orElseGet(clock::businessDate);
    }

    /** Closes one business date; empty when it was closed before. Runs inside a transaction. */
    Optional<DayClosed> close(LocalDate date) {
        long started = System.nanoTime();
        Timestamp now = Timestamp.from(clock.now());
        int claimed = jdbc.sql("INSERT INTO end_of_day_run (business_date, started_at) VALUES (:d, :now)"
                        + " ON CONFLICT (business_date) DO NOTHING")
                .param("d", date)
                .param("now", now)
                .update();
        if (claimed == 0) {
            log.info("end of day {} was processed before; skipped", date);
            return Optional.empty();
        }
        timed("lock", () -> lockCustomersInArrears(date));
        int overdue = timed("overdue", () -> markOverdue(date));
        LateFees lateFees = timed("late-fees", () -> chargeLateFees(date, now));
        List<DelinquencyChanged> delinquency = timed("days-past-due", () -> moveDaysPastDue(date));
        List<InstallmentDueSoon> dueSoon = timed("reminders", () -> dueSoon(date));
        timed(
                "events",
                () -> outbox.appendAll(RepaymentTopics.LEDGER, delinquency)
                        + outbox.appendAll(RepaymentTopics.LEDGER, dueSoon));
        int delinquencyChanges = delinquency.size();
        int reminders = dueSoon.size();
        long millis = (System.nanoTime() - started) / 1_000_000;
        jdbc.sql("""
                        UPDATE end_of_day_run SET finished_at = :now, installments_overdue = :overdue,
                               late_fees_charged = :lateFees, late_fee_total = :lateFeeTotal,
                               delinquency_changes = :delinquencyChanges, reminders = :reminders
                        WHERE business_date = :d
                        """)
                .param("now", Timestamp.from(clock.now()))
                .param("overdue", overdue)
                .param("lateFees", lateFees.count())
                .param("lateFeeTotal", lateFees.total().amount())
                .param("delinquencyChanges", delinquencyChanges)
                .param("reminders", reminders)
                .param("d", date)
                .update();
        // A date behind the business date (a catch-up of dates missed) leaves it where it is.
        timed("advance", () -> businessDates.advance(date));
        log.info(
                "end of day {}: {} installments overdue, {} late fees ({} CNY), {} delinquency changes, {} reminders"
                        + " in {} ms",
                date,
                overdue,
                lateFees.count(),
                lateFees.total(),
                delinquencyChanges,
                reminders,
                millis);
        return Optional.of(new DayClosed(
                date, overdue, lateFees.count(), lateFees.total(), delinquencyChanges, reminders, millis));
    }

    /** One SQL statement of a date's run, with its parameters: what the run executes and EXPLAIN can show. */
    record Statement(String name, String sql, Map<String, Object> params) {}

    /** The statements of a date's run, in the order it runs them (the claim and the events aside). */
    List<Statement> statements(LocalDate date) {
        Timestamp now = Timestamp.from(clock.now());
        return List.of(
                lockStatement(date),
                overdueStatement(date),
                lateFeeStatement(date, now),
                daysPastDueStatement(date),
                remindersStatement(date));
    }

    /** Times one step of a date's run ({@value #STEP_TIMER}, tagged with the step). */
    private <T> T timed(String step, Supplier<T> work) {
        return Timer.builder(STEP_TIMER).tag("step", step).register(meters).record(work);
    }

    private long lockCustomersInArrears(LocalDate date) {
        return query(lockStatement(date)).query(Long.class).single();
    }

    private Statement lockStatement(LocalDate date) {
        return new Statement("lock", """
                SELECT count(*) FROM (
                    SELECT s.customer_id FROM customer_standing s
                    WHERE s.customer_id IN (
                        SELECT p.customer_id FROM installment i JOIN plan p ON p.plan_id = i.plan_id
                        WHERE i.status IN ('DUE', 'OVERDUE') AND i.due_date < CAST(:d AS date))
                    ORDER BY s.customer_id
                    FOR UPDATE OF s) locked
                """, Map.of("d", date));
    }

    private int markOverdue(LocalDate date) {
        return query(overdueStatement(date)).query(Long.class).single().intValue();
    }

    private Statement overdueStatement(LocalDate date) {
        return new Statement("overdue", """
                WITH newly_overdue AS (
                    UPDATE installment SET status = 'OVERDUE'
                    WHERE status = 'DUE' AND due_date < CAST(:d AS date)
                    RETURNING plan_id),
                streak_broken AS (
                    UPDATE customer_standing s SET on_time_streak = 0
                    WHERE s.on_time_streak <> 0 AND s.customer_id IN (
                        SELECT p.customer_id FROM newly_overdue n JOIN plan p ON p.plan_id = n.plan_id)
                    RETURNING 1)
                SELECT count(*) FROM newly_overdue
                """, Map.of("d", date));
    }

    private record LateFees(int count, Money total) {}

    /**
     * One day's late fee on every installment past the grace period: the daily rate on its unpaid
     * principal and fee, HALF_UP to the fen, capped per plan so that the fees of started periods
     * plus all late fees stay within {@code aprCap x principal-days / 365} (rounded down to the
     * fen); within a plan, older installments take the room first. The partial unique index on the
     * ledger makes a second charge for the same installment and date impossible.
     */
    private LateFees chargeLateFees(LocalDate date, Timestamp now) {
        return query(lateFeeStatement(date, now))
                .query((rs, n) -> new LateFees(rs.getInt("charged"), Money.of(rs.getBigDecimal("total"))))
                .single();
    }

    private Statement lateFeeStatement(LocalDate date, Timestamp now) {
        return new Statement(
                "late-fees",
                """
                WITH past_grace AS (
                    SELECT i.plan_id, i.installment_number,
                           round(:rate * ((i.principal - i.principal_paid) + (i.fee - i.fee_paid)), 2)
                               AS day_fee
                    FROM installment i
                    WHERE i.status = 'OVERDUE' AND i.due_date < CAST(:d AS date) - CAST(:grace AS integer)),
                room AS (
                    SELECT p.plan_id,
                           floor(:aprCap * (p.principal_days + p.outstanding_principal
                                           * GREATEST(CAST(:d AS date) - p.principal_days_through, 0))
                                 * 100 / 365) / 100
                           - sum(CASE WHEN i.period_start < CAST(:d AS date) THEN i.fee ELSE 0 END)
                           - sum(i.late_fee) AS room
                    FROM plan p JOIN installment i ON i.plan_id = p.plan_id
                    WHERE p.plan_id IN (SELECT plan_id FROM past_grace)
                    GROUP BY p.plan_id),
                capped AS (
                    SELECT g.plan_id, g.installment_number,
                           LEAST(g.day_fee, GREATEST(r.room - (sum(g.day_fee) OVER (
                               PARTITION BY g.plan_id ORDER BY g.installment_number) - g.day_fee), 0))
                               AS amount
                    FROM past_grace g JOIN room r ON r.plan_id = g.plan_id),
                charged AS (
                    INSERT INTO ledger_entry
                        (plan_id, installment_number, kind, amount, business_date, reference, recorded_at)
                    SELECT plan_id, installment_number, 'LATE_FEE_CHARGED', amount, CAST(:d AS date),
                           :reference, :now
                    FROM capped WHERE amount > 0
                    ON CONFLICT (plan_id, installment_number, business_date)
                        WHERE kind = 'LATE_FEE_CHARGED' DO NOTHING
                    RETURNING plan_id, installment_number, amount),
                applied AS (
                    UPDATE installment i SET late_fee = i.late_fee + c.amount
                    FROM charged c
                    WHERE i.plan_id = c.plan_id AND i.installment_number = c.installment_number
                      -- Says nothing new (every charged row is past grace) but lets the planner
                      -- reach them through the unpaid-by-due-date index, not a scan of every row.
                      AND i.status = 'OVERDUE' AND i.due_date < CAST(:d AS date) - CAST(:grace AS integer)
                    RETURNING c.amount)
                SELECT count(*) AS charged, coalesce(sum(amount), 0) AS total FROM applied
                """,
                Map.of(
                        "rate",
                        rules.dailyRate(),
                        "d",
                        date,
                        "grace",
                        rules.graceDays(),
                        "aprCap",
                        rules.aprCap(),
                        "reference",
                        "end-of-day:" + date,
                        "now",
                        now));
    }

    /**
     * Brings every customer in arrears (or just out of them) to D; returns the events for those whose
     * days past due moved.
     */
    private List<DelinquencyChanged> moveDaysPastDue(LocalDate date) {
        return query(daysPastDueStatement(date))
                .query((rs, n) -> new DelinquencyChanged(
                        rs.getString("customer_id"),
                        rs.getInt("dpd"),
                        Money.of(rs.getBigDecimal("overdue")),
                        rs.getDate("oldest") == null
                                ? null
                                : rs.getDate("oldest").toLocalDate(),
                        date))
                .list();
    }

    private Statement daysPastDueStatement(LocalDate date) {
        return new Statement("days-past-due", """
                WITH arrears AS (
                    SELECT p.customer_id, min(i.due_date) AS oldest,
                           sum((i.principal - i.principal_paid) + (i.fee - i.fee_paid)
                               + (i.late_fee - i.late_fee_paid)) AS overdue
                    FROM installment i JOIN plan p ON p.plan_id = i.plan_id
                    WHERE i.status IN ('DUE', 'OVERDUE') AND i.due_date < CAST(:d AS date)
                    GROUP BY p.customer_id),
                target AS (
                    SELECT s.customer_id, s.days_past_due AS old_dpd, CAST(:d AS date) - a.oldest AS dpd,
                           a.overdue, a.oldest
                    FROM arrears a JOIN customer_standing s ON s.customer_id = a.customer_id
                    UNION ALL
                    SELECT s.customer_id, s.days_past_due, 0, 0, NULL
                    FROM customer_standing s
                    WHERE s.days_past_due > 0
                      AND NOT EXISTS (SELECT 1 FROM arrears a WHERE a.customer_id = s.customer_id)),
                updated AS (
                    UPDATE customer_standing s
                    SET days_past_due = t.dpd, overdue_amount = t.overdue, oldest_due_date = t.oldest
                    FROM target t
                    WHERE s.customer_id = t.customer_id
                      AND (s.days_past_due <> t.dpd OR s.overdue_amount <> t.overdue
                           OR s.oldest_due_date IS DISTINCT FROM t.oldest)
                    RETURNING t.customer_id, t.old_dpd, t.dpd, t.overdue, t.oldest)
                SELECT customer_id, dpd, overdue, oldest FROM updated WHERE old_dpd <> dpd
                """, Map.of("d", date));
    }

    /** The reminders for the unpaid installments due in 3 days and today. */
    private List<InstallmentDueSoon> dueSoon(LocalDate date) {
        return query(remindersStatement(date))
                .query((rs, n) -> {
                    LocalDate dueDate = rs.getDate("due_date").toLocalDate();
                    return new InstallmentDueSoon(
                            rs.getString("customer_id"),
                            rs.getObject("plan_id", UUID.class),
                            rs.getInt("installment_number"),
                            dueDate,
                            Money.of(rs.getBigDecimal("amount_due")),
                            (int) ChronoUnit.DAYS.between(date, dueDate));
                })
                .list();
    }

    private Statement remindersStatement(LocalDate date) {
        List<LocalDate> dueDates =
                properties.reminderDaysBefore().stream().map(date::plusDays).toList();
        return new Statement("reminders", """
                SELECT p.customer_id, i.plan_id, i.installment_number, i.due_date,
                       (i.principal - i.principal_paid) + (i.fee - i.fee_paid)
                       + (i.late_fee - i.late_fee_paid) AS amount_due
                FROM installment i JOIN plan p ON p.plan_id = i.plan_id
                WHERE i.status = 'DUE' AND i.due_date IN (:dueDates)
                ORDER BY i.due_date, p.customer_id, i.plan_id, i.installment_number
                """, Map.of("dueDates", dueDates));
    }

    private JdbcClient.StatementSpec query(Statement statement) {
        return jdbc.sql(statement.sql()).params(statement.params());
    }
}
