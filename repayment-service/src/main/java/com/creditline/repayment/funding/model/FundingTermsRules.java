package com.creditline.repayment.funding.model;

import com.creditline.common.money.Money;
import java.math.BigDecimal;

/**
 * What the platform lets a funder's terms be, checked when ops register a funder or change its
 * terms: grades among A to E, 1 to 24 installments, a share above 0 and at most what the platform's
 * own lender leaves (1 minus its minimum share, 0.70 by default), a yield up to the APR cap, and an
 * exposure cap and daily quota of 0 or more.
 *
 * @param platformMinimumShare the least share of every joint loan the platform's own lender keeps
 */
public record FundingTermsRules(BigDecimal platformMinimumShare) {

    /** A funder id is a slug: lowercase letters, digits and inner hyphens, 3 to 40 characters. */
    public static final String FUNDER_ID = "^[a-z0-9][a-z0-9-]{1,38}[a-z0-9]$";

    public static final int MAXIMUM_INSTALLMENTS = 24;

    /** The yield is paid out of what customers pay, whose APR the platform caps at 24%. */
    public static final BigDecimal MAXIMUM_YIELD_RATE = new BigDecimal("0.24");

    /** Shares and rates are kept in millionths. */
    public static final int RATE_DECIMALS = 6;

    public FundingTermsRules {
        if (platformMinimumShare == null
                || platformMinimumShare.signum() < 0
                || platformMinimumShare.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException(
                    "The platform's minimum share must be at least 0 and below 1; got " + platformMinimumShare);
        }
    }

    /** The largest share of a plan a funder may take. */
    public BigDecimal maximumFunderShare() {
        return BigDecimal.ONE.subtract(platformMinimumShare);
    }

    /** The terms as given, if the platform allows them; otherwise the first rule they break. */
    public FundingTerms check(FundingTerms terms) {
        if (!Grades.wellFormed(terms.grades())) {
            throw new GradesNotRecognised(terms.grades());
        }
        if (terms.minimumInstallments() < 1
                || terms.minimumInstallments() > terms.maximumInstallments()
                || terms.maximumInstallments() > MAXIMUM_INSTALLMENTS) {
            throw new InstallmentRangeOutOfBounds(terms.minimumInstallments(), terms.maximumInstallments());
        }
        if (terms.minimumShare().signum() <= 0
                || terms.minimumShare().compareTo(terms.maximumShare()) > 0
                || tooPrecise(terms.minimumShare())
                || tooPrecise(terms.maximumShare())) {
            throw new ShareRangeOutOfBounds(terms.minimumShare(), terms.maximumShare());
        }
        if (terms.maximumShare().compareTo(maximumFunderShare()) > 0) {
            throw new ShareAbovePlatformLimit(terms.maximumShare(), platformMinimumShare);
        }
        if (terms.yieldRate().signum() < 0
                || terms.yieldRate().compareTo(MAXIMUM_YIELD_RATE) > 0
                || tooPrecise(terms.yieldRate())) {
            throw new YieldRateOutOfBounds(terms.yieldRate());
        }
        notNegative("exposure cap", terms.exposureCap());
        notNegative("daily quota", terms.dailyQuota());
        return terms;
    }

    private static void notNegative(String limit, Money amount) {
        if (amount.isNegative()) {
            throw new FundingLimitNegative(limit, amount);
        }
    }

    /**
     * A rate as a refusal quotes it: in plain digits unless it is absurdly large or precise (a
     * caller's {@code 1e999999999} would be a billion digits), then in scientific notation.
     */
    static String shown(BigDecimal rate) {
        return Math.abs(rate.scale()) <= 20 && rate.precision() <= 20 ? rate.toPlainString() : rate.toString();
    }

    private static boolean tooPrecise(BigDecimal rate) {
        return rate.stripTrailingZeros().scale() > RATE_DECIMALS;
    }
}
