package com.creditline.repayment.endofday;

import com.creditline.common.money.Money;
import com.creditline.events.repayment.InstallmentDueSoon;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The reminders for the unpaid installments falling due soon: by default in 3 days and today. */
@Component
class DueSoonReminding {

    private final JdbcClient jdbc;
    private final EndOfDayProperties properties;

    DueSoonReminding(JdbcClient jdbc, EndOfDayProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    List<InstallmentDueSoon> reminders(LocalDate date) {
        return statement(date)
                .on(jdbc)
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

    EndOfDayStatement statement(LocalDate date) {
        List<LocalDate> dueDates =
                properties.reminderDaysBefore().stream().map(date::plusDays).toList();
        return new EndOfDayStatement("reminders", """
                SELECT p.customer_id, i.plan_id, i.installment_number, i.due_date,
                       (i.principal - i.principal_paid) + (i.fee - i.fee_paid)
                       + (i.late_fee - i.late_fee_paid) AS amount_due
                FROM installment i JOIN plan p ON p.plan_id = i.plan_id
                WHERE i.status = 'DUE' AND i.due_date IN (:dueDates)
                ORDER BY i.due_date, p.customer_id, i.plan_id, i.installment_number
                """, Map.of("dueDates", dueDates));
    }
}
