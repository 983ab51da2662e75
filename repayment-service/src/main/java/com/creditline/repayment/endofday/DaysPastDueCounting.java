package com.creditline.repayment.endofday;

import com.creditline.common.money.Money;
import com.creditline.events.repayment.DelinquencyChanged;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Brings every customer in arrears (or just out of them) to the date, for every customer at once:
 * days past due of the oldest unpaid installment due before it, and what those installments owe
 * ({@code DaysPastDue}, {@code Plan.arrears}).
 */
@Component
class DaysPastDueCounting {

    private final JdbcClient jdbc;

    DaysPastDueCounting(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns the events for the customers whose days past due moved. */
    List<DelinquencyChanged> count(LocalDate date) {
        return statement(date)
                .on(jdbc)
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

    EndOfDayStatement statement(LocalDate date) {
        return new EndOfDayStatement("days-past-due", """
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
}
