package com.creditline.checkout.pricing;

import com.creditline.common.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A financing plan on offer: its schedule, what it costs the customer and its APR. The APR is the
 * figure to show most prominently, ahead of any monthly rate.
 *
 * <p>The schedule always adds up: principal parts sum exactly to {@code principal}, fee parts to
 * {@code totalFee}, and {@code totalCost = principal + totalFee}.
 *
 * @param installmentCount 1 for pay in full
 * @param totalFee what the customer pays on top of the principal (service fees or interest)
 * @param totalCost what the customer pays in all
 * @param nominalApr the customer's monthly IRR x 12, a fraction to 4 decimals (0.1088 is 10.88%)
 * @param effectiveApr (1 + monthly IRR)^12 - 1, a fraction to 4 decimals
 * @param monthlyRate the rate the customer is charged each month: the service fee rate on the
 *     original principal (flat fee) or the interest rate on the balance (annual rate / 12); zero
 *     for pay in full and for subsidised plans
 * @param merchantSubsidised the merchant pays the fees, the customer pays none
 * @param merchantFee what the merchant pays: the fees the customer would otherwise have paid
 */
public record PlanOffer(
        PricingMethod method,
        int installmentCount,
        List<Installment> installments,
        Money principal,
        Money totalFee,
        Money totalCost,
        BigDecimal nominalApr,
        BigDecimal effectiveApr,
        BigDecimal monthlyRate,
        boolean merchantSubsidised,
        Money merchantFee) {

    public PlanOffer {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(nominalApr, "nominalApr");
        Objects.requireNonNull(effectiveApr, "effectiveApr");
        Objects.requireNonNull(monthlyRate, "monthlyRate");
        Objects.requireNonNull(merchantFee, "merchantFee");
        installments = List.copyOf(installments);
        if (installments.size() != installmentCount) {
            throw new IllegalArgumentException(installmentCount + " installments expected, not " + installments.size());
        }
        if (!Money.sum(installments.stream().map(Installment::principal).toList())
                .equals(principal)) {
            throw new IllegalArgumentException("principal parts must sum to the principal " + principal);
        }
        if (!Money.sum(installments.stream().map(Installment::fee).toList()).equals(totalFee)) {
            throw new IllegalArgumentException("fee parts must sum to the total fee " + totalFee);
        }
        if (!principal.plus(totalFee).equals(totalCost)) {
            throw new IllegalArgumentException("the total cost is the principal plus the total fee");
        }
        if (merchantSubsidised && totalFee.isPositive()) {
            throw new IllegalArgumentException("a subsidised plan charges the customer no fee");
        }
    }
}
