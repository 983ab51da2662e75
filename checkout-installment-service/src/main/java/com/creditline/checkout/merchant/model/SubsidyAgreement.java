package com.creditline.checkout.merchant.model;

import com.creditline.common.money.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A merchant's agreement to pay the fees of some plans in the customer's place: in force on the
 * business dates from {@code validFrom} to {@code validTo} (inclusive) until ops end it early.
 */
@Entity
@Table(name = "subsidy_agreement")
public class SubsidyAgreement {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID agreementId;

    /** The counts covered, ascending, as "3,6,12". */
    private String installmentCounts;

    private LocalDate validFrom;
    private LocalDate validTo;

    /** The largest principal of a plan it covers; null for any. */
    private Money maximumPrincipal;

    @Enumerated(EnumType.STRING)
    private AgreementStatus status;

    private LocalDate endedOn;
    private Instant createdAt;

    protected SubsidyAgreement() {}

    SubsidyAgreement(SubsidyTerms terms, Instant at) {
        this.installmentCounts = new TreeSet<>(terms.installmentCounts())
                .stream().map(String::valueOf).collect(Collectors.joining(","));
        this.validFrom = terms.validFrom();
        this.validTo = terms.validTo();
        this.maximumPrincipal = terms.maximumPrincipal();
        this.status = AgreementStatus.ACTIVE;
        this.createdAt = at;
    }

    /** In force on a business date: between its dates and not ended. */
    public boolean inForceOn(LocalDate date) {
        return status == AgreementStatus.ACTIVE
                && !date.isBefore(validFrom)
                && (validTo == null || !date.isAfter(validTo));
    }

    public boolean covers(int installmentCount) {
        return installmentCounts().contains(installmentCount);
    }

    /** Whether a plan of this principal is within its cap (any, without one). */
    public boolean allows(Money principal) {
        return maximumPrincipal == null || !principal.isGreaterThan(maximumPrincipal);
    }

    /** Ends the agreement early; ending an ended one changes nothing. */
    void end(LocalDate on) {
        if (status == AgreementStatus.ACTIVE) {
            status = AgreementStatus.ENDED;
            endedOn = on;
        }
    }

    public UUID agreementId() {
        return agreementId;
    }

    public Set<Integer> installmentCounts() {
        return Arrays.stream(installmentCounts.split(","))
                .map(Integer::valueOf)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    /** The last day it is in force; null: until ended. */
    public LocalDate validTo() {
        return validTo;
    }

    /** The largest principal it covers; null for any. */
    public Money maximumPrincipal() {
        return maximumPrincipal;
    }

    public AgreementStatus status() {
        return status;
    }

    /** The business date ops ended it on; null while it is not ended. */
    public LocalDate endedOn() {
        return endedOn;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return "agreement " + agreementId + " [" + installmentCounts + "] " + validFrom + ".."
                + (validTo == null ? "" : validTo) + (maximumPrincipal == null ? "" : " up to " + maximumPrincipal)
                + " " + status;
    }
}
