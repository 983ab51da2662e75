package com.creditline.repayment.merchant.model;

import com.creditline.common.money.Money;

/** What moved a merchant's payable, and which way: a sale adds to it, what the terms keep back takes from it. */
public enum MerchantMovement {
    /** A plan financed the merchant's sale: its principal is owed to the merchant. */
    SALE(1),
    /** The merchant's discount rate kept back part of the sale. */
    DISCOUNT(-1),
    /** The merchant paid the fees of a 0% plan in the customer's place. */
    SUBSIDY(-1),
    /** A refund: the merchant gives the refunded money back. */
    REFUND(-1),
    /** A refund gave back the refunded share of the discount. */
    DISCOUNT_RETURNED(1),
    /** A refund gave back the refunded share of the subsidy. */
    SUBSIDY_RETURNED(1);

    private final int sign;

    MerchantMovement(int sign) {
        this.sign = sign;
    }

    /** The movement's effect on what the platform owes the merchant. */
    public Money onPayable(Money amount) {
        return sign > 0 ? amount : amount.negate();
    }
}
