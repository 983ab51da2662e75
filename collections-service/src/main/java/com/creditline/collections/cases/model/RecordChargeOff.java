package com.creditline.collections.cases.model;

import com.creditline.common.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * repayment-service charged off a customer's loans on {@code chargedOffOn} at {@code daysPastDue}:
 * the principal and fees it wrote off, for the case to record.
 */
public record RecordChargeOff(
        Money principalWrittenOff, Money feesWrittenOff, int daysPastDue, LocalDate chargedOffOn) {

    public RecordChargeOff {
        principalWrittenOff = principalWrittenOff == null ? Money.ZERO : principalWrittenOff;
        feesWrittenOff = feesWrittenOff == null ? Money.ZERO : feesWrittenOff;
        if (principalWrittenOff.isNegative() || feesWrittenOff.isNegative()) {
            throw new IllegalArgumentException(
                    "amounts written off cannot be negative: " + principalWrittenOff + ", " + feesWrittenOff);
        }
        if (daysPastDue < 0) {
            throw new IllegalArgumentException("days past due cannot be negative: " + daysPastDue);
        }
        Objects.requireNonNull(chargedOffOn, "the date of a charge-off is required");
    }

    public Money writtenOff() {
        return principalWrittenOff.plus(feesWrittenOff);
    }

    /** The customer's figures as the charge-off gives them, the amount written off standing as overdue. */
    Delinquency delinquency() {
        return new Delinquency(
                daysPastDue, writtenOff(), daysPastDue == 0 ? null : chargedOffOn.minusDays(daysPastDue), chargedOffOn);
    }
}
