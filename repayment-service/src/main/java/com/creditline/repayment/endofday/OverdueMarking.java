package com.creditline.repayment.endofday;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Unpaid installments due before the date become OVERDUE ({@code Installment.markOverdue}, for every
 * plan at once), and their customers' on-time streaks break.
 */
@Component
class OverdueMarking {

    private final JdbcClient jdbc;

    OverdueMarking(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns how many installments became overdue. */
    int markOverdue(LocalDate date) {
        return statement(date).on(jdbc).query(Long.class).single().intValue();
    }

    EndOfDayStatement statement(LocalDate date) {
        return new EndOfDayStatement("overdue", """
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
}
