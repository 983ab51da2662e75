package com.creditline.repayment.merchant.model;

import com.creditline.common.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A merchant's sale that a plan finances: its principal, the discount the merchant's rate kept back
 * at capture, and the subsidy it paid for a 0% plan. A refund gives the merchant back the refunded
 * share of both: the merchant pays its rate on what it finally sold, and subsidises only the credit
 * the customer keeps. Shares are taken of the refunds so far, so that refunding the whole principal
 * gives back exactly all, however it was split.
 */
public record MerchantSale(Money principal, Money discount, Money subsidy) {

    /** What one refund gives back, the merchant having been refunded {@code before} already. */
    public record Returned(Money discount, Money subsidy) {

        public Money total() {
            return discount.plus(subsidy);
        }
    }

    public MerchantSale {
        if (!principal.isPositive() || discount.isNegative() || subsidy.isNegative()) {
            throw new IllegalArgumentException("a sale has a principal, and no negative discount or subsidy");
        }
    }

    /** The merchant's payable from the sale: the principal less what its terms kept back. */
    public Money netPayable() {
        return principal.minus(discount).minus(subsidy);
    }

    public Returned returned(Money before, Money refund) {
        Money refundedBefore = before.min(principal);
        Money refundedAfter = before.plus(refund).min(principal);
        return new Returned(
                shareOf(discount, refundedAfter).minus(shareOf(discount, refundedBefore)),
                shareOf(subsidy, refundedAfter).minus(shareOf(subsidy, refundedBefore)));
    }

    private Money shareOf(Money whole, Money refunded) {
        BigDecimal share = refunded.amount().divide(principal.amount(), 12, RoundingMode.HALF_UP);
        return whole.times(share);
    }
}
