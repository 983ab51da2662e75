package com.creditline.checkout.pricing;

import com.creditline.common.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One installment of a plan as the customer pays it.
 *
 * @param number 1 for the first installment
 * @param principal the part of the financed principal repaid with this installment
 * @param fee the service fee or interest due with this installment (zero when subsidised)
 */
public record Installment(int number, LocalDate dueDate, Money principal, Money fee) {

    public Installment {
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(fee, "fee");
        if (number < 1) {
            throw new IllegalArgumentException("installments are numbered from 1, not " + number);
        }
        if (principal.isNegative() || fee.isNegative()) {
            throw new IllegalArgumentException("an installment's parts are never negative");
        }
    }

    /** What the customer pays on the due date. */
    public Money total() {
        return principal.plus(fee);
    }
}
