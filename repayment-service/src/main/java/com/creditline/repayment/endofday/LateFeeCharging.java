package com.creditline.repayment.endofday;

import com.creditline.common.money.Money;
import com.creditline.repayment.journal.Journal;
import com.creditline.repayment.journal.model.JournalEntry;
import com.creditline.repayment.plan.model.LateFeePolicy;
import com.creditline.repayment.plan.model.LedgerKind;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One day's late fee on every installment past the grace period, as {@link LateFeePolicy} says
 * ({@code Plan.chargeLateFees}), for every plan at once: the daily rate on its unpaid principal and
 * fee, HALF_UP to the fen, capped per plan so that the fees of started periods plus all late fees
 * stay within {@code aprCap x principal-days / 365} (rounded down to the fen); within a plan, older
 * installments take the room first; a charged-off plan accrues none. The date's total is posted to
 * the journal as one entry, in the platform's books: late fees are the servicer's pay for
 * collections, never a funder's (docs/funding.md). The partial unique index on the ledger makes a second charge
 * for the same installment and date impossible. {@code EndOfDayPolicyIT} checks this statement
 * against the policy.
 */
@Component
class LateFeeCharging {

    /** How many late fees a date's run charged, and their total. */
    record LateFees(int count, Money total) {}

    private final JdbcClient jdbc;
    private final LateFeePolicy policy;
    private final Journal journal;

    LateFeeCharging(JdbcClient jdbc, LateFeePolicy policy, Journal journal) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.journal = journal;
    }

    /** Charges the date's late fees, each in its plan's ledger, and posts their total to the journal. */
    LateFees charge(LocalDate date, Timestamp now) {
        LateFees charged = statement(date, now)
                .on(jdbc)
                .query((rs, n) -> new LateFees(rs.getInt("charged"), Money.of(rs.getBigDecimal("total"))))
                .single();
        if (charged.total().isPositive()) {
            journal.save(LedgerKind.LATE_FEE_CHARGED
                    .book(
                            JournalEntry.draft(
                                    date, reference(date), charged.count() + " late fees charged", now.toInstant()),
                            charged.total())
                    .post());
        }
        return charged;
    }

    /** What the ledger and the journal book a date's late fees under. */
    static String reference(LocalDate date) {
        return "end-of-day:" + date;
    }

    EndOfDayStatement statement(LocalDate date, Timestamp now) {
        return new EndOfDayStatement(
                "late-fees",
                """
                -- Each plan's cap is read with its installments past grace (one pass over the plans
                -- by hash), so that the room below visits only those plans' installments.
                WITH past_grace AS (
                    SELECT i.plan_id, i.installment_number,
                           round(:rate * ((i.principal - i.principal_paid) + (i.fee - i.fee_paid)), 2)
                               AS day_fee,
                           floor(:aprCap * (p.principal_days + p.outstanding_principal
                                           * GREATEST(CAST(:d AS date) - p.principal_days_through, 0))
                                 * 100 / 365) / 100 AS cap
                    FROM installment i JOIN plan p ON p.plan_id = i.plan_id
                    WHERE i.status = 'OVERDUE' AND i.due_date < CAST(:d AS date) - CAST(:grace AS integer)
                      AND p.status <> 'CHARGED_OFF'),
                room AS (
                    SELECT g.plan_id,
                           g.cap - sum(CASE WHEN i.period_start < CAST(:d AS date) THEN i.fee ELSE 0 END)
                           - sum(i.late_fee) AS room
                    FROM (SELECT DISTINCT plan_id, cap FROM past_grace) g
                    JOIN installment i ON i.plan_id = g.plan_id
                    GROUP BY g.plan_id, g.cap),
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
                        policy.dailyRate(),
                        "d",
                        date,
                        "grace",
                        policy.graceDays(),
                        "aprCap",
                        policy.aprCap(),
                        "reference",
                        reference(date),
                        "now",
                        now));
    }
}
