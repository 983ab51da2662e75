package com.creditline.repayment.endofday;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A date's first step: locks the standing of every customer with an unpaid installment due before
 * the date, in customer order, the same lock a payment or refund takes first, so that none of them
 * races the steps after it.
 */
@Component
class ArrearsLocking {

    private final JdbcClient jdbc;

    ArrearsLocking(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns how many customers it locked. */
    long lock(LocalDate date) {
        return statement(date).on(jdbc).query(Long.class).single();
    }

    EndOfDayStatement statement(LocalDate date) {
        return new EndOfDayStatement("lock", """
                SELECT count(*) FROM (
                    SELECT s.customer_id FROM customer_standing s
                    WHERE s.customer_id IN (
                        SELECT p.customer_id FROM installment i JOIN plan p ON p.plan_id = i.plan_id
                        WHERE i.status IN ('DUE', 'OVERDUE') AND i.due_date < CAST(:d AS date))
                    ORDER BY s.customer_id
                    FOR UPDATE OF s) locked
                """, Map.of("d", date));
    }
}
