package com.creditline.checkout.cash.model;

import com.creditline.checkout.pricing.Installment;
import com.creditline.checkout.pricing.PricingMethod;
import com.creditline.common.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A cash draw's plan on offer: its schedule, what it costs and its APR, which is the figure to show
 * first and most prominently; the daily rate is a detail. Principal parts sum exactly to the
 * principal, interest parts to {@code totalInterest}.
 *
 * @param nominalApr monthly IRR of the cash flows x 12, a fraction to 4 decimals
 * @param effectiveApr (1 + monthly IRR)^12 - 1, a fraction to 4 decimals
 * @param dailyRate the interest rate charged per day on the principal outstanding
 */
public record CashOffer(
        BigDecimal nominalApr,
        BigDecimal effectiveApr,
        PricingMethod method,
        int installmentCount,
        List<Installment> installments,
        Money principal,
        Money totalInterest,
        Money totalCost,
        BigDecimal dailyRate) {

    public CashOffer {
        Objects.requireNonNull(method, "method");
        installments = List.copyOf(installments);
        if (installments.size() != installmentCount) {
            throw new IllegalArgumentException(installmentCount + " installments expected, not " + installments.size());
        }
        if (!Money.sum(installments.stream().map(Installment::principal).toList())
                .equals(principal)) {
            throw new IllegalArgumentException("principal parts must sum to the principal " + principal);
        }
        if (!principal.plus(totalInterest).equals(totalCost)) {
            throw new IllegalArgumentException("the total cost is the principal plus the interest");
        }
    }
}
