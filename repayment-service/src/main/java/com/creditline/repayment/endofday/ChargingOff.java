package com.creditline.repayment.endofday;

import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import com.creditline.common.outbox.Outbox;
import com.creditline.events.repayment.LoansChargedOff;
import com.creditline.events.repayment.PrincipalReduced;
import com.creditline.events.repayment.RepaymentTopics;
import com.creditline.repayment.plan.Bookkeeping;
import com.creditline.repayment.plan.Plans;
import com.creditline.repayment.plan.model.Booking;
import com.creditline.repayment.plan.model.ChargeOff;
import com.creditline.repayment.plan.model.Plan;
import com.creditline.repayment.plan.model.PlanStatus;
import com.creditline.repayment.plan.model.PrincipalReduction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * End of day's charge-off: every active plan of a customer at or past the charge-off point (180 days
 * past due by default) is written off, as {@code Plan.chargeOff} says, booked in its ledger and the
 * journal, and told to the platform: the principal back to the line ({@code PrincipalReduced}, cause
 * CHARGE_OFF) and the charge-off itself ({@code LoansChargedOff}), which collections, credit-limit and
 * risk follow. Charge-offs are few on any date, so each plan goes through the model, not a
 * set-based statement.
 */
@Component
class ChargingOff {

    private static final Logger log = LoggerFactory.getLogger(ChargingOff.class);

    private record Due(CustomerId customerId, int daysPastDue) {}

    private final JdbcClient jdbc;
    private final Plans plans;
    private final Bookkeeping bookkeeping;
    private final Outbox outbox;
    private final EndOfDayProperties properties;

    ChargingOff(JdbcClient jdbc, Plans plans, Bookkeeping bookkeeping, Outbox outbox, EndOfDayProperties properties) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.bookkeeping = bookkeeping;
        this.outbox = outbox;
        this.properties = properties;
    }

    /** Charges off the customers due on {@code date}; how many. Runs inside the date's transaction. */
    int chargeOff(LocalDate date, Instant now) {
        List<Due> due = jdbc.sql("""
                        SELECT s.customer_id, s.days_past_due FROM customer_standing s
                         WHERE s.days_past_due >= :point
                           AND EXISTS (SELECT 1 FROM plan p WHERE p.customer_id = s.customer_id AND p.status = 'ACTIVE')
                         ORDER BY s.customer_id""")
                .param("point", properties.chargeOffDaysPastDue())
                .query((rs, n) -> new Due(CustomerId.of(rs.getString(1)), rs.getInt(2)))
                .list();
        due.forEach(customer -> chargeOff(customer, date, now));
        return due.size();
    }

    private void chargeOff(Due customer, LocalDate date, Instant now) {
        List<Plan> active = plans.findByCustomerIdAndStatusOrderByCaptureDateAscCreatedAtAsc(
                customer.customerId(), PlanStatus.ACTIVE);
        Money principal = Money.ZERO;
        Money lateFees = Money.ZERO;
        for (Plan plan : active) {
            ChargeOff chargeOff = plan.chargeOff(date);
            bookkeeping.record(new Booking(plan.id(), date, reference(date), now), chargeOff.postings());
            if (chargeOff.principalWrittenOff().isPositive()) {
                outbox.append(
                        RepaymentTopics.LEDGER,
                        new PrincipalReduced(
                                customer.customerId().value(),
                                plan.id().value(),
                                chargeOff.principalWrittenOff(),
                                PrincipalReduction.CHARGE_OFF.name(),
                                plan.terms().product().name()));
            }
            principal = principal.plus(chargeOff.principalWrittenOff());
            lateFees = lateFees.plus(chargeOff.lateFeesWrittenOff());
        }
        outbox.append(
                RepaymentTopics.LEDGER,
                new LoansChargedOff(
                        customer.customerId().value(),
                        active.size(),
                        principal,
                        lateFees,
                        customer.daysPastDue(),
                        date));
        log.info(
                "customer {} charged off at {} days past due: {} plans, principal {} and late fees {} written off",
                customer.customerId(),
                customer.daysPastDue(),
                active.size(),
                principal,
                lateFees);
    }

    /** What the ledger and the journal book a date's charge-offs under. */
    static String reference(LocalDate date) {
        return "charge-off:" + date;
    }
}
