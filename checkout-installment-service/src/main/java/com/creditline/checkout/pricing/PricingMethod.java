package com.creditline.checkout.pricing;

/** How a plan's fees are worked out. */
public enum PricingMethod {

    /** One payment due a fixed number of days after capture (30 by default), without any fee. */
    PAY_IN_FULL,

    /** A monthly service fee on the original principal at the grade's rate; the default method. */
    FLAT_MONTHLY_FEE,

    /** 等额本息: equal monthly payments of interest on the declining balance plus principal. */
    EQUAL_INSTALLMENT,

    /** 等额本金: equal principal parts plus interest on the declining balance. */
    EQUAL_PRINCIPAL;

    /** Whether the method spreads the amount over monthly installments. */
    public boolean isInstallments() {
        return this != PAY_IN_FULL;
    }

    /**
     * The installment count of a plan asked for with this method. Pay in full is one payment, so
     * it need not be asked for; an installment plan must say how many.
     *
     * @param asked the count asked for, or null when none was given
     */
    public int installmentCount(Integer asked) {
        if (asked != null) {
            return asked;
        }
        if (isInstallments()) {
            throw new IllegalArgumentException("an installment plan needs its installment count");
        }
        return 1;
    }
}
