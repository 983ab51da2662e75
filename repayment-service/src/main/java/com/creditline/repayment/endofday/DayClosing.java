package com.creditline.repayment.endofday;

import com.creditline.common.outbox.Outbox;
import com.creditline.events.repayment.DelinquencyChanged;
import com.creditline.events.repayment.InstallmentDueSoon;
import com.creditline.events.repayment.RepaymentTopics;
import com.creditline.repayment.endofday.LateFeeCharging.LateFees;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The work of one business date D, each step one set-based statement over every plan, inside the
 * date's transaction: (1) lock the customers in arrears, (2) mark overdue, (3) charge late fees,
 * (4) bring days past due to D, (5) charge off the customers at the charge-off point, (6) pick the
 * reminders; then write the events to the outbox.
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
    private final ChargingOff chargingOff;
    private final Outbox outbox;
    private final StepTimer timer;

    DayClosing(
            ArrearsLocking locking,
            OverdueMarking overdue,
            LateFeeCharging lateFees,
            DaysPastDueCounting daysPastDue,
            DueSoonReminding reminding,
            ChargingOff chargingOff,
            Outbox outbox,
            StepTimer timer) {
        this.locking = locking;
        this.overdue = overdue;
        this.lateFees = lateFees;
        this.daysPastDue = daysPastDue;
        this.reminding = reminding;
        this.chargingOff = chargingOff;
        this.outbox = outbox;
        this.timer = timer;
    }

    DayWork close(LocalDate date, Timestamp now) {
        timer.timed("lock", () -> locking.lock(date));
        int overdueCount = timer.timed("overdue", () -> overdue.markOverdue(date));
        LateFees charged = timer.timed("late-fees", () -> lateFees.charge(date, now));
        List<DelinquencyChanged> delinquency = timer.timed("days-past-due", () -> daysPastDue.count(date));
        timer.timed("charge-off", () -> chargingOff.chargeOff(date, now.toInstant()));
        List<InstallmentDueSoon> dueSoon = timer.timed("reminders", () -> reminding.reminders(date));
        timer.timed(
                "events",
                () -> outbox.appendAll(RepaymentTopics.LEDGER, delinquency)
                        + outbox.appendAll(RepaymentTopics.LEDGER, dueSoon));
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
