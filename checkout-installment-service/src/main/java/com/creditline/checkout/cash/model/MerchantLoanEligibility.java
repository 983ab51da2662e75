package com.creditline.checkout.cash.model;

import com.creditline.checkout.pricing.Grade;
import com.creditline.common.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Whether an enrolled merchant may draw on its line: the line exists, is of kind MERCHANT, is ACTIVE,
 * its grade has a daily rate (A to D by default: the merchant line's own grade prices it) and it has
 * room. Unlike a consumer's cash draw, neither months on book nor a cash share apply. Every rule that
 * fails is named.
 */
public final class MerchantLoanEligibility {

    /** The kind of line a merchant draws on. */
    public static final String MERCHANT_KIND = "MERCHANT";

    /** Why a merchant may not draw. */
    public enum Reason {
        /** Risk has opened no line for the merchant's borrower id. */
        NO_MERCHANT_LINE,
        /** The borrower id holds a line that is not a merchant's. */
        NOT_A_MERCHANT_LINE,
        /** The line is frozen, delinquent or closed. */
        LINE_NOT_ACTIVE,
        /** The line's grade draws nothing (E, or no grade). */
        GRADE_NOT_ELIGIBLE,
        /** Nothing of the line is available. */
        NO_CREDIT_AVAILABLE
    }

    /**
     * The merchant's line as credit-limit-service shows it.
     *
     * @param kind CONSUMER or MERCHANT
     * @param status ACTIVE, FROZEN, DELINQUENT or CLOSED
     * @param grade null when the line has none
     * @param available what may be drawn: on a merchant line, the whole available amount
     */
    public record MerchantLineStanding(String kind, String status, Grade grade, Money available) {

        public MerchantLineStanding {
            Objects.requireNonNull(available, "available");
        }
    }

    /** The answer: eligible exactly when no reason stands against the merchant. */
    public record Verdict(List<Reason> reasons, Grade grade, Money available) {

        public Verdict {
            reasons = List.copyOf(reasons);
        }

        public boolean eligible() {
            return reasons.isEmpty();
        }
    }

    private final CashTerms terms;

    public MerchantLoanEligibility(MerchantLoanTerms terms) {
        this.terms = Objects.requireNonNull(terms, "terms").drawTerms();
    }

    /** @param line null when the merchant's borrower id has no line */
    public Verdict judge(MerchantLineStanding line) {
        if (line == null) {
            return new Verdict(List.of(Reason.NO_MERCHANT_LINE), null, Money.ZERO);
        }
        List<Reason> reasons = new ArrayList<>();
        if (!MERCHANT_KIND.equals(line.kind())) {
            reasons.add(Reason.NOT_A_MERCHANT_LINE);
        }
        if (!"ACTIVE".equals(line.status())) {
            reasons.add(Reason.LINE_NOT_ACTIVE);
        }
        if (terms.dailyRate(line.grade()) == null) {
            reasons.add(Reason.GRADE_NOT_ELIGIBLE);
        }
        if (!line.available().isPositive()) {
            reasons.add(Reason.NO_CREDIT_AVAILABLE);
        }
        return new Verdict(reasons, line.grade(), line.available());
    }
}
