package com.creditline.checkout.cash.model;

import com.creditline.checkout.pricing.Grade;
import com.creditline.common.money.Money;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Who may draw cash from their line: the line is ACTIVE, its grade has a daily rate (A, B or C by
 * default), it has been open at least the minimum whole months on the business date (3 by
 * default), and it has cash available. Every rule that fails is named, so the customer is told all
 * of them at once.
 */
public final class CashEligibility {

    /** Why a customer may not draw cash. */
    public enum Reason {
        /** The line is frozen, delinquent or closed. */
        LINE_NOT_ACTIVE,
        /** The line's grade draws no cash (D, E, or no grade yet). */
        GRADE_NOT_ELIGIBLE,
        /** The line has been open fewer than the minimum whole months. */
        LINE_TOO_NEW,
        /** Nothing of the line's cash sub-limit is available. */
        NO_CASH_AVAILABLE
    }

    /**
     * The line as credit-limit-service shows it.
     *
     * @param status ACTIVE, FROZEN, DELINQUENT or CLOSED
     * @param grade null when the line has none
     * @param openedOn the business date the line was opened
     */
    public record LineStanding(String status, Grade grade, LocalDate openedOn, Money cashAvailable) {

        public LineStanding {
            Objects.requireNonNull(cashAvailable, "cashAvailable");
        }
    }

    /** The answer: eligible exactly when no reason stands against the customer. */
    public record Verdict(List<Reason> reasons, Money cashAvailable) {

        public Verdict {
            reasons = List.copyOf(reasons);
        }

        public boolean eligible() {
            return reasons.isEmpty();
        }
    }

    private final CashTerms terms;

    public CashEligibility(CashTerms terms) {
        this.terms = Objects.requireNonNull(terms, "terms");
    }

    public Verdict judge(LineStanding line, LocalDate businessDate) {
        List<Reason> reasons = new ArrayList<>();
        if (!"ACTIVE".equals(line.status())) {
            reasons.add(Reason.LINE_NOT_ACTIVE);
        }
        if (terms.dailyRate(line.grade()) == null) {
            reasons.add(Reason.GRADE_NOT_ELIGIBLE);
        }
        if (line.openedOn() == null || monthsOnBook(line.openedOn(), businessDate) < terms.minimumMonthsOnBook()) {
            reasons.add(Reason.LINE_TOO_NEW);
        }
        if (!line.cashAvailable().isPositive()) {
            reasons.add(Reason.NO_CASH_AVAILABLE);
        }
        return new Verdict(reasons, line.cashAvailable());
    }

    /** Whole months from the opening to the business date: 2026-01-31 to 2026-04-30 is 2. */
    static long monthsOnBook(LocalDate openedOn, LocalDate businessDate) {
        return ChronoUnit.MONTHS.between(openedOn, businessDate);
    }
}
