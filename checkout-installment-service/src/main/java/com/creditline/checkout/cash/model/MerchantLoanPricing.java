package com.creditline.checkout.cash.model;

import com.creditline.checkout.pricing.Grade;
import com.creditline.checkout.pricing.PricingMethod;
import com.creditline.common.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Prices merchant draws with the cash draws' arithmetic ({@link CashPricing}: interest by the day on
 * the principal outstanding at the merchant line's grade's daily rate, each installment the period's
 * minimum payment) under the merchant terms, and checks the share of daily sales to be swept: none,
 * or between the configured bounds with at most two decimals.
 */
public final class MerchantLoanPricing {

    private final MerchantLoanTerms terms;
    private final CashPricing pricing;

    public MerchantLoanPricing(MerchantLoanTerms terms) {
        this.terms = Objects.requireNonNull(terms, "terms");
        this.pricing = new CashPricing(terms.drawTerms());
    }

    /**
     * Every plan on offer, as {@link CashPricing#quote}.
     *
     * @throws SweepShareNotOffered when the share is outside the bounds
     */
    public List<CashOffer> quote(
            Money amount, Grade grade, Money available, BigDecimal salesSweepShare, LocalDate drawDate) {
        requireSweepShare(salesSweepShare);
        return pricing.quote(amount, grade, available, drawDate);
    }

    /**
     * The one plan asked for, as {@link CashPricing#offer}.
     *
     * @throws SweepShareNotOffered when the share is outside the bounds
     */
    public CashOffer offer(
            Money amount,
            Grade grade,
            PricingMethod method,
            int count,
            Money available,
            BigDecimal salesSweepShare,
            LocalDate drawDate) {
        requireSweepShare(salesSweepShare);
        return pricing.offer(amount, grade, method, count, available, drawDate);
    }

    /** A share of null (fixed installments only) or within the bounds, to at most two decimals. */
    public void requireSweepShare(BigDecimal share) {
        if (share == null) {
            return;
        }
        if (share.compareTo(terms.minimumSweepShare()) < 0
                || share.compareTo(terms.maximumSweepShare()) > 0
                || share.stripTrailingZeros().scale() > MerchantLoanTerms.SWEEP_SHARE_SCALE) {
            throw new SweepShareNotOffered("A sales sweep share is from "
                    + terms.minimumSweepShare().toPlainString() + " to "
                    + terms.maximumSweepShare().toPlainString() + " with at most "
                    + MerchantLoanTerms.SWEEP_SHARE_SCALE + " decimals, not " + share.toPlainString() + ".");
        }
    }
}
