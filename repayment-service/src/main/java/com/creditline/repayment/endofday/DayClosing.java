package com.creditline.repayment.endofday;

import com.creditline.common.outbox.Outbox;
import com.creditline.events.repayment.DelinquencyChanged;
import com.creditline.events.repayment.InstallmentDueSoon;
import com.creditline.events.repayment.RepaymentTopics;
import com.creditline.repayment.endofday.LateFeeCharging.LateFees;
import com.creditline.repayment.journal.Journal;
import com.creditline.repayment.journal.model.JournalEntry;
import com.creditline.repayment.plan.model.LedgerKind;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The work of one business date D, each step one set-based statement over every plan, inside the
 * date's transaction: (1) lock the customers in arrears, (2) mark overdue, (3) charge late fees,
 * (4) bring days past due to D, (5) pick the reminders; then write the events to the outbox and
 * post the day's late fees to the journal as one entry (each plan's own in its ledger).
 */
@Component
class DayClosing {

    /** What the steps did. */
    record DayWork(int overdue, LateFees lateFees, int delinquencyChanges, int reminders) {}

    private final ArrearsLocking locking;
    private final OverdueMarking overdue;
    private final LateFeeCharging lateFees;
    private final DaysPastDueCounting daysPastDue;
    private final DueSoonReminding reminding;
    private final Outbox outbox;
    private final Journal journal;
    private final StepTimer timer;

    DayClosing(
            ArrearsLocking locking,
            OverdueMarking overdue,
            LateFeeCharging lateFees,
            DaysPastDueCounting daysPastDue,
            DueSoonReminding reminding,
            Outbox outbox,
            Journal journal,
            StepTimer timer) {
        this.locking = locking;
        this.overdue = overdue;
        this.lateFees = lateFees;
        this.daysPastDue = daysPastDue;
        this.reminding = reminding;
        this.outbox = outbox;
        this.journal = journal;
        this.timer = timer;
    }

    DayWork close(LocalDate date, Timestamp now) {
        timer.timed("lock", () -> locking.lock(date));
        int overdueCount = timer.timed("overdue", () -> overdue.markOverdue(date));
        LateFees charged = timer.timed("late-fees", () -> lateFees.charge(date, now));
        List<DelinquencyChanged> delinquency = timer.timed("days-past-due", () -> daysPastDue.count(date));
        List<InstallmentDueSoon> dueSoon = timer.timed("reminders", () -> reminding.reminders(date));
        timer.timed(
                "events",
                () -> outbox.appendAll(RepaymentTopics.LEDGER, delinquency)
                        + outbox.appendAll(RepaymentTopics.LEDGER, dueSoon));
        if (charged.total().isPositive()) {
            journal.save(LedgerKind.LATE_FEE_CHARGED
                    .book(
                            JournalEntry.draft(
                                    date,
                                    LateFeeCharging.reference(date),
                                    charged.count() + " late fees charged",
                                    now.toInstant()),
                            charged.total())
                    .post());
        }
        return new DayWork(overdueCount, charged, delinquency.size(), dueSoon.size());
    }

    /** The statements of a date's run, in the order it runs them (the claim and the events aside). */
    List<EndOfDayStatement> statements(LocalDate date, Timestamp now) {
        return List.of(
                locking.statement(date),
                overdue.statement(date),
                lateFees.statement(date, now),
                daysPastDue.statement(date),
                reminding.statement(date));
    }
}
