package com.creditline.repayment.endofday;

import com.creditline.common.time.BusinessClock;
import com.creditline.common.time.BusinessDates;
import com.creditline.repayment.endofday.DayClosing.DayWork;
import com.creditline.repayment.endofday.LateFeeCharging.LateFees;
import io.micrometer.core.instrument.Timer;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs end of day, one business date per transaction, as set-based SQL over every plan: the work
 * grows with the number of installments that change, not with round trips per plan.
 *
 * <p>For a date D: claim D in {@code end_of_day_run} (a date claimed before is skipped, so a second
 * run changes nothing); do the day's work ({@link DayClosing}: lock the customers in arrears, mark
 * overdue, charge late fees, move days past due, pick reminders, publish); close its books
 * ({@link BooksClosing}: the reserve, the funders' settlements); record what it did; and advance the
 * business date to D.
 */
@Service
class EndOfDay {

    private static final Logger log = LoggerFactory.getLogger(EndOfDay.class);

    private final TransactionTemplate transactions;
    private final BusinessDates businessDates;
    private final BusinessClock clock;
    private final EndOfDayProperties properties;
    private final DayClosing dayClosing;
    private final BooksClosing books;
    private final StepTimer timer;
    private final EndOfDayRuns runs;

    EndOfDay(
            TransactionTemplate transactions,
            BusinessDates businessDates,
            BusinessClock clock,
            EndOfDayProperties properties,
            DayClosing dayClosing,
            BooksClosing books,
            StepTimer timer,
            EndOfDayRuns runs) {
        this.transactions = transactions;
        this.businessDates = businessDates;
        this.clock = clock;
        this.properties = properties;
        this.dayClosing = dayClosing;
        this.books = books;
        this.timer = timer;
        this.runs = runs;
    }

    /**
     * Processes every business date not processed yet, up to and including {@code through}, and
     * records the run in the history ({@code startedBy}: the staff member, or the schedule).
     */
    EndOfDayReport runThrough(LocalDate through, String startedBy) {
        LocalDate from = nextDate();
        if (ChronoUnit.DAYS.between(from, through) >= properties.maxDaysPerRun()) {
            throw new EndOfDayRangeTooLong(from, through, properties.maxDaysPerRun());
        }
        long runId = runs.started(through, startedBy, clock.now());
        Timer.Sample run = timer.runStarted();
        List<DayClosed> processed = new ArrayList<>();
        try {
            for (LocalDate date = from; !date.isAfter(through); date = date.plusDays(1)) {
                LocalDate day = date;
                Optional<DayClosed> closed = transactions.execute(status -> close(day));
                closed.ifPresent(processed::add);
            }
        } catch (RuntimeException failure) {
            runs.failed(runId, processed, failure, clock.now());
            timer.runEnded(run, EndOfDayRuns.Outcome.FAILED);
            throw failure;
        }
        runs.finished(runId, processed, clock.now());
        timer.runEnded(run, EndOfDayRuns.outcomeOf(processed));
        return new EndOfDayReport(clock.businessDate(), lastEndOfDay().orElse(null), processed);
    }

    /** The last business date end of day processed, if any. */
    Optional<LocalDate> lastEndOfDay() {
        return runs.lastDateClosed();
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
        if (!runs.claim(date, now)) {
            log.info("end of day {} was processed before; skipped", date);
            return Optional.empty();
        }
        DayWork work = dayClosing.close(date, now);
        books.close(date, now.toInstant());
        int overdue = work.overdue();
        LateFees lateFees = work.lateFees();
        int delinquencyChanges = work.delinquencyChanges();
        int reminders = work.reminders();
        long millis = (System.nanoTime() - started) / 1_000_000;
        DayClosed closed =
                new DayClosed(date, overdue, lateFees.count(), lateFees.total(), delinquencyChanges, reminders, millis);
        runs.dateClosed(closed, clock.now());
        // A date behind the business date (a catch-up of dates missed) leaves it where it is.
        timer.timed("advance", () -> businessDates.advance(date));
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
        return Optional.of(closed);
    }

    /** The statements of a date's run, in the order it runs them (the claim and the events aside). */
    List<EndOfDayStatement> statements(LocalDate date) {
        return dayClosing.statements(date, Timestamp.from(clock.now()));
    }
}
