package com.creditline.checkout.merchant.model;

import com.creditline.common.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a merchant agrees to subsidise: plans of these installment counts, captured between these
 * business dates (inclusive; no end date: until ops end the agreement), of at most this principal
 * (null: any).
 */
public record SubsidyTerms(
        Set<Integer> installmentCounts, LocalDate validFrom, LocalDate validTo, Money maximumPrincipal) {

    public SubsidyTerms {
        Objects.requireNonNull(validFrom, "validFrom");
        installmentCounts = Set.copyOf(new TreeSet<>(installmentCounts));
    }

    /** The terms as given, if they make sense with the counts on offer; otherwise why not. */
    public SubsidyTerms check(List<Integer> countsOnOffer) {
        if (installmentCounts.isEmpty() || !countsOnOffer.containsAll(installmentCounts)) {
            throw new SubsidyTermsRefused("An agreement covers one or more of the installment counts on offer ("
                    + countsOnOffer + "); got " + new TreeSet<>(installmentCounts) + ".");
        }
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new SubsidyTermsRefused(
                    "An agreement ends on or after the day it starts; got " + validFrom + " to " + validTo + ".");
        }
        if (maximumPrincipal != null && !maximumPrincipal.isPositive()) {
            throw new SubsidyTermsRefused(
                    "A maximum principal per plan is above zero (or left out for any); got " + maximumPrincipal + ".");
        }
        return this;
    }
}
