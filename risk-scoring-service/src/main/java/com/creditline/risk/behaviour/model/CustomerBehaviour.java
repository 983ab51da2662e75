package com.creditline.risk.behaviour.model;

import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * What the platform's events say of a customer's behaviour. Each change marks the customer for the
 * behaviour score, which looks at them once the business date has moved past their line's opening.
 */
@Entity
@Table(name = "customer_behaviour")
public class CustomerBehaviour {

    @Id
    private CustomerId customerId;

    private LocalDate lineOpenedOn;
    private Money creditLimit = Money.ZERO;
    private Money outstandingPrincipal = Money.ZERO;
    private int plans;
    private int refunds;
    private int payments;
    private Money paid = Money.ZERO;
    private int onTimeStreak;
    private int daysPastDue;
    private LocalDate chargedOffOn;
    private LocalDate changedOn;
    private boolean pendingRescore;
    private LocalDate rescoredOn;
    private String lineStatus;
    private Integer behaviourScore;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "behaviour_month", joinColumns = @JoinColumn(name = "customer_id"))
    private List<MonthlyDelinquency> months = new ArrayList<>();

    protected CustomerBehaviour() {}

    public static CustomerBehaviour of(CustomerId customerId, LocalDate on) {
        CustomerBehaviour behaviour = new CustomerBehaviour();
        behaviour.customerId = customerId;
        behaviour.changedOn = on;
        return behaviour;
    }

    public void lineOpened(Money limit, LocalDate on) {
        if (lineOpenedOn == null) {
            lineOpenedOn = on;
        }
        creditLimit = limit;
        changed(on);
    }

    public void limitChanged(Money limit, LocalDate on) {
        creditLimit = limit;
        changed(on);
    }

    public void planOpened(Money principal, LocalDate on) {
        plans++;
        outstandingPrincipal = outstandingPrincipal.plus(principal);
        changed(on);
    }

    /**
     * Principal repaid, refunded or charged off. Events of checkout and repayment come on different
     * topics, so a reduction may arrive before the plan it reduces: the balance may go below zero
     * for a while, and reads see at least zero.
     */
    public void principalReduced(Money amount, LocalDate on) {
        outstandingPrincipal = outstandingPrincipal.minus(amount);
        changed(on);
    }

    public void refunded(LocalDate on) {
        refunds++;
        changed(on);
    }

    public void paid(Money amount, LocalDate on) {
        payments++;
        paid = paid.plus(amount);
        changed(on);
    }

    public void onTimeStreakReached(int streak, LocalDate on) {
        onTimeStreak = Math.max(onTimeStreak, streak);
        changed(on);
    }

    /** A new days past due as of a date; falling past due ends the on-time streak. */
    public void delinquencyChanged(int dpd, LocalDate on) {
        daysPastDue = dpd;
        if (dpd > 0) {
            onTimeStreak = 0;
        }
        LocalDate month = on.withDayOfMonth(1);
        int worst = months.stream()
                .filter(m -> m.month().equals(month))
                .mapToInt(MonthlyDelinquency::worstDaysPastDue)
                .max()
                .orElse(0);
        if (dpd > worst) {
            months.removeIf(m -> m.month().equals(month));
            months.add(new MonthlyDelinquency(month, dpd));
        }
        changed(on);
    }

    /** repayment's end of day charged the customer's loans off on a date; the first charge-off is kept. */
    public void chargedOff(LocalDate on) {
        if (chargedOffOn == null) {
            chargedOffOn = on;
        }
        changed(on);
    }

    /** The worst days past due reached in the calendar months from {@code from} to {@code to}. */
    public int worstDaysPastDueBetween(LocalDate from, LocalDate to) {
        LocalDate first = from.withDayOfMonth(1);
        return months.stream()
                .filter(m -> !m.month().isBefore(first) && !m.month().isAfter(to))
                .mapToInt(MonthlyDelinquency::worstDaysPastDue)
                .max()
                .orElse(0);
    }

    /**
     * Whether the customer borrowed and owes no principal now. Principal written off at a charge-off
     * leaves the balance as well ({@code PrincipalReduced} with cause CHARGE_OFF), but it was not paid.
     */
    public boolean paidOff() {
        return plans > 0 && !outstandingPrincipal.isPositive() && chargedOffOn == null;
    }

    public LocalDate chargedOffOn() {
        return chargedOffOn;
    }

    /** Whether there is repayment behaviour to judge: a payment made, or a day past due. */
    public boolean hasRepaymentsToJudge() {
        return payments > 0 || daysPastDue > 0 || !months.isEmpty();
    }

    /** credit-limit changed the line's status (ACTIVE, FROZEN, DELINQUENT, CLOSED). */
    public void lineStatusChanged(String status) {
        lineStatus = status;
    }

    /** The behaviour score scored this customer; the latest score is kept for campaigns' segments. */
    public void behaviourScored(int score) {
        behaviourScore = score;
    }

    /** The behaviour score looked at this customer on a business date. */
    public void rescored(LocalDate on) {
        pendingRescore = false;
        rescoredOn = on;
    }

    public BehaviourSnapshot snapshot(LocalDate asOf) {
        Money outstanding = outstandingPrincipal.max(Money.ZERO);
        BigDecimal utilisation = creditLimit.isPositive()
                ? outstanding.amount().divide(creditLimit.amount(), 4, RoundingMode.HALF_UP)
                : BigDecimal.ZERO.setScale(4);
        return new BehaviourSnapshot(
                asOf,
                lineOpenedOn == null ? 0 : (int) ChronoUnit.MONTHS.between(lineOpenedOn, asOf),
                onTimeStreak,
                daysPastDue,
                worstOver(6, asOf),
                worstOver(12, asOf),
                utilisation,
                creditLimit,
                outstanding,
                plans,
                refunds,
                payments,
                paid);
    }

    /** The worst days past due in the given number of months up to and including asOf's month. */
    private int worstOver(int monthsBack, LocalDate asOf) {
        LocalDate since = asOf.withDayOfMonth(1).minusMonths(monthsBack - 1L);
        return Math.max(
                daysPastDue,
                months.stream()
                        .filter(m -> !m.month().isBefore(since) && !m.month().isAfter(asOf))
                        .mapToInt(MonthlyDelinquency::worstDaysPastDue)
                        .max()
                        .orElse(0));
    }

    private void changed(LocalDate on) {
        pendingRescore = true;
        if (changedOn == null || on.isAfter(changedOn)) {
            changedOn = on;
        }
    }

    public CustomerId customerId() {
        return customerId;
    }

    public LocalDate changedOn() {
        return changedOn;
    }

    public LocalDate rescoredOn() {
        return rescoredOn;
    }
}
