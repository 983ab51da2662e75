package com.creditline.repayment.plan.model;

import com.creditline.common.money.Money;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Interest by the day (cash draws and merchant loans, {@link Product#interestByTheDay}): how much of
 * an installment's fee (its period's interest) has been earned, and up to which date. A period's
 * interest is earned evenly over its days, so on a date inside the period the part earned is
 * {@code accrued + HALF_UP((fee - accrued) x days since the accrual date / days from it to the due
 * date)}; from the due date on, all of it. With nothing accrued before (the accrual date is the period
 * start), that is {@code HALF_UP(fee x days elapsed / days in the period)}, which is the balance times
 * the daily rate times the days elapsed. A prepayment mid-period fixes what was earned up to its date
 * and shrinks the rest ({@link Installment#shrinkInterestLeft}), so the rest keeps accruing from there.
 */
@Embeddable
class InterestAccrual {

    private Money interestAccrued;

    /** The date up to which {@code interestAccrued} was earned; absent, the period start. */
    private LocalDate interestAccruedThrough;

    protected InterestAccrual() {}

    static InterestAccrual none() {
        InterestAccrual accrual = new InterestAccrual();
        accrual.interestAccrued = Money.ZERO;
        return accrual;
    }

    /** The part of {@code fee}, the interest of the period from {@code periodStart} to {@code dueDate}, earned by {@code on}. */
    Money earned(Money fee, LocalDate periodStart, LocalDate dueDate, LocalDate on) {
        LocalDate from = interestAccruedThrough == null ? periodStart : interestAccruedThrough;
        return earned(fee, interestAccrued, from, dueDate, on);
    }

    /** The rule: {@code accrued} earned up to {@code from}, the rest evenly over the days up to the due date. */
    static Money earned(Money fee, Money accrued, LocalDate from, LocalDate dueDate, LocalDate on) {
        if (!on.isBefore(dueDate)) {
            return fee;
        }
        if (!on.isAfter(from)) {
            return accrued;
        }
        long elapsed = ChronoUnit.DAYS.between(from, on);
        long days = ChronoUnit.DAYS.between(from, dueDate);
        long rest = BigDecimal.valueOf(fee.minus(accrued).fen())
                .multiply(BigDecimal.valueOf(elapsed))
                .divide(BigDecimal.valueOf(days), 0, RoundingMode.HALF_UP)
                .longValueExact();
        return accrued.plus(Money.ofFen(rest));
    }

    /** Fixes what was earned up to {@code on}: from then on, the rest accrues over the days left. */
    void accrueTo(LocalDate on, Money earned) {
        interestAccrued = earned;
        interestAccruedThrough = on;
    }
}
