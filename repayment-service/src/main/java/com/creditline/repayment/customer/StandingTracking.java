package com.creditline.repayment.customer;

import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import com.creditline.common.outbox.Outbox;
import com.creditline.events.repayment.DelinquencyChanged;
import com.creditline.events.repayment.OnTimeStreakReached;
import com.creditline.events.repayment.RepaymentTopics;
import com.creditline.repayment.customer.model.Arrears;
import com.creditline.repayment.customer.model.CustomerStanding;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps customers' standings as payments and refunds change their plans: locks the customer for
 * the change, measures arrears before and after, and publishes what changed.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class StandingTracking {

    private final CustomerStandings standings;
    private final JdbcClient jdbc;
    private final EntityManager entityManager;
    private final Outbox outbox;

    StandingTracking(CustomerStandings standings, JdbcClient jdbc, EntityManager entityManager, Outbox outbox) {
        this.standings = standings;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.outbox = outbox;
    }

    /** A customer with a plan has a standing. */
    public void ensure(CustomerId customerId) {
        standings.createIfMissing(customerId);
    }

    /**
     * Locks the customer's standing until the transaction ends. Payments, refunds and end of day
     * all take this lock first, so they never change the same customer's plans at the same time.
     */
    public CustomerStanding lock(CustomerId customerId) {
        standings.createIfMissing(customerId);
        return standings
                .findForUpdate(customerId)
                .orElseThrow(() -> new IllegalStateException("the standing was just created"));
    }

    /** The customer's arrears on {@code on}, from the database as this transaction sees it. */
    public Arrears arrears(CustomerId customerId, LocalDate on) {
        entityManager.flush();
        return jdbc.sql("""
                        SELECT min(i.due_date) AS oldest,
                               coalesce(sum((i.principal - i.principal_paid) + (i.fee - i.fee_paid)
                                            + (i.late_fee - i.late_fee_paid)), 0) AS overdue
                        FROM installment i JOIN plan p ON p.plan_id = i.plan_id
                        WHERE p.customer_id = :customerId
                          AND i.status IN ('DUE', 'OVERDUE') AND i.due_date < :on
                        """)
                .param("customerId", customerId.value())
                .param("on", Date.valueOf(on))
                .query((rs, n) -> Arrears.on(
                        on,
                        rs.getDate("oldest") == null
                                ? null
                                : rs.getDate("oldest").toLocalDate(),
                        Money.of(rs.getBigDecimal("overdue"))))
                .single();
    }

    /**
     * Records the customer's arrears after a change and publishes DelinquencyChanged when the days
     * past due moved compared with {@code before} (a cure publishes 0).
     */
    public Arrears arrearsChanged(CustomerStanding standing, Arrears before, LocalDate on) {
        Arrears after = arrears(standing.customerId(), on);
        standing.recordArrears(after);
        if (after.daysPastDue() != before.daysPastDue()) {
            outbox.append(
                    RepaymentTopics.LEDGER,
                    new DelinquencyChanged(
                            standing.customerId().value(),
                            after.daysPastDue(),
                            after.overdueAmount(),
                            after.oldestDueDate(),
                            on));
        }
        return after;
    }

    /**
     * An installment whose period had started was paid in full, on time or late; publishes
     * OnTimeStreakReached when the streak reaches a milestone. Installments prepaid before their
     * period started are not reported here: they neither extend nor break the streak.
     */
    public void installmentPaid(CustomerStanding standing, boolean onTime) {
        standing.installmentPaid(onTime)
                .ifPresent(streak -> outbox.append(
                        RepaymentTopics.LEDGER,
                        new OnTimeStreakReached(standing.customerId().value(), streak)));
    }
}
