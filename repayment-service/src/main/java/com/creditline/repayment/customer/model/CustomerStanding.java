package com.creditline.repayment.customer.model;

import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * A customer's standing across all plans: current days past due and overdue amount, and how many
 * installments in a row were paid on or before their due date.
 */
@Entity
@Table(name = "customer_standing")
public class CustomerStanding {

    /** Every this-many installments in a row on time, the line may be raised (DOMAIN.md: six). */
    public static final int STREAK_MILESTONE = 6;

    @Id
    private CustomerId customerId;

    private int daysPastDue;
    private Money overdueAmount;
    private LocalDate oldestDueDate;
    private int onTimeStreak;

    @Version
    private Long version;

    protected CustomerStanding() {}

    /** A customer with no arrears and no streak yet (in production the row is created by SQL). */
    static CustomerStanding fresh(CustomerId customerId) {
        CustomerStanding standing = new CustomerStanding();
        standing.customerId = customerId;
        standing.overdueAmount = Money.ZERO;
        return standing;
    }

    /**
     * An installment whose period had started was paid in full: on time extends the streak, late
     * breaks it. Returns the streak when it reaches a milestone (6, 12, 18...).
     */
    public OptionalInt installmentPaid(boolean onTime) {
        if (!onTime) {
            onTimeStreak = 0;
            return OptionalInt.empty();
        }
        onTimeStreak++;
        return onTimeStreak % STREAK_MILESTONE == 0 ? OptionalInt.of(onTimeStreak) : OptionalInt.empty();
    }

    /** Records the customer's arrears; true when the days past due changed. */
    public boolean recordArrears(Arrears arrears) {
        boolean changed = daysPastDue != arrears.daysPastDue();
        daysPastDue = arrears.daysPastDue();
        overdueAmount = arrears.overdueAmount();
        oldestDueDate = arrears.oldestDueDate();
        return changed;
    }

    public CustomerId customerId() {
        return customerId;
    }

    public int daysPastDue() {
        return daysPastDue;
    }

    public Money overdueAmount() {
        return overdueAmount;
    }

    public LocalDate oldestDueDate() {
        return oldestDueDate;
    }

    public int onTimeStreak() {
        return onTimeStreak;
    }
}
