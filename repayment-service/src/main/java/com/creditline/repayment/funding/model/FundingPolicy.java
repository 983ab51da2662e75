package com.creditline.repayment.funding.model;

import com.creditline.common.money.Money;
import com.creditline.repayment.journal.model.JournalLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.Optional;

/**
 * Chooses who funds a plan as it opens (docs/funding.md). The funders are considered in their
 * order of preference (priority, then id); the first that takes plans of this grade and length and
 * has room, under its exposure cap and what is left of its daily quota, for at least its minimum
 * share, funds the largest share its terms allow, never more than {@code 1 - platformMinimumShare};
 * the platform's own lender funds the rest. With no such funder, the platform funds it all. One
 * funder per plan: a joint loan is a funder and the platform.
 */
public final class FundingPolicy {

    /** The platform's own lender, a holder of every plan. */
    public static final String PLATFORM = JournalLine.PLATFORM;

    /** A funder as the policy sees it today: its terms and its room. */
    public record Candidate(String funderId, int priority, FundingTerms terms, Money exposureRoom, Money quotaRoom) {

        Money room() {
            return exposureRoom.min(quotaRoom);
        }
    }

    /** A holder's part of a plan: its share and the principal it funds. */
    public record Part(String holder, BigDecimal share, Money principal) {}

    private final BigDecimal platformMinimumShare;

    public FundingPolicy(BigDecimal platformMinimumShare) {
        if (platformMinimumShare.signum() < 0 || platformMinimumShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("the platform's minimum share is between 0 and 1");
        }
        this.platformMinimumShare = platformMinimumShare;
    }

    /** The order in which funders are considered. */
    public static final Comparator<Candidate> PREFERENCE =
            Comparator.comparingInt(Candidate::priority).thenComparing(Candidate::funderId);

    /** The part the candidate would fund of the plan, if it takes it at all. */
    public Optional<Part> partOf(Candidate funder, Money principal, String grade, int installments) {
        if (!funder.terms().covers(grade, installments)) {
            return Optional.empty();
        }
        BigDecimal largest = funder.terms().maximumShare().min(BigDecimal.ONE.subtract(platformMinimumShare));
        Money wanted = Money.of(principal.amount().multiply(largest).setScale(Money.SCALE, RoundingMode.DOWN));
        Money funded = wanted.min(funder.room());
        if (!funded.isPositive()) {
            return Optional.empty();
        }
        BigDecimal share = funded.amount().divide(principal.amount(), 6, RoundingMode.DOWN);
        if (share.compareTo(funder.terms().minimumShare()) < 0) {
            return Optional.empty();
        }
        return Optional.of(new Part(funder.funderId(), share, funded));
    }

    /** The platform's part once a funder took {@code funded} (all of the plan when it is none). */
    public static Part platformPart(Money principal, Money funded) {
        Money own = principal.minus(funded);
        return new Part(PLATFORM, own.amount().divide(principal.amount(), 6, RoundingMode.HALF_UP), own);
    }

    public BigDecimal platformMinimumShare() {
        return platformMinimumShare;
    }
}
