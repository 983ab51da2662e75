package com.creditline.repayment.plan.model;

import com.creditline.common.money.Money;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A plan's outstanding principal summed over the days it was outstanding (yuan-days), up to but not
 * including {@code principalDaysThrough}: what the APR cap on late fees is measured against.
 */
@Embeddable
class PrincipalDays {

    private BigDecimal principalDays;
    private LocalDate principalDaysThrough;

    protected PrincipalDays() {}

    static PrincipalDays from(LocalDate captureDate) {
        PrincipalDays sum = new PrincipalDays();
        sum.principalDays = BigDecimal.ZERO.setScale(Money.SCALE);
        sum.principalDaysThrough = captureDate;
        return sum;
    }

    /** The sum up to (not including) {@code day}, with {@code outstanding} owed since the last change. */
    BigDecimal before(LocalDate day, Money outstanding) {
        long days = Math.max(0, ChronoUnit.DAYS.between(principalDaysThrough, day));
        return principalDays.add(outstanding.amount().multiply(BigDecimal.valueOf(days)));
    }

    /** Brings the sum up to {@code on} before the outstanding principal changes. */
    void accrue(LocalDate on, Money outstanding) {
        if (on.isAfter(principalDaysThrough)) {
            principalDays = before(on, outstanding);
            principalDaysThrough = on;
        }
    }
}
