package com.creditline.checkout.merchant.model;

import com.creditline.common.id.MerchantId;
import com.creditline.common.money.Money;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A merchant enrolled by ops: its merchant discount rate (what the platform keeps back of each
 * captured principal), where it is settled, and its subsidy agreements. Only an ACTIVE merchant's
 * agreement in force on the business date, covering the plan's installment count and principal,
 * makes a plan 0% for the customer ({@link #subsidyFor}).
 */
@Entity
@Table(name = "merchant")
public class Merchant {

    @Id
    private String merchantId;

    private String name;

    @Enumerated(EnumType.STRING)
    private MerchantStatus status;

    private BigDecimal discountRate;
    private String settlementAccount;
    private Instant registeredAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "merchant_id", nullable = false)
    @OrderBy("validFrom, createdAt")
    private List<SubsidyAgreement> agreements = new ArrayList<>();

    @Version
    private long version;

    protected Merchant() {}

    public static Merchant register(
            MerchantId merchantId, String name, DiscountRate rate, String settlementAccount, Instant at) {
        Merchant merchant = new Merchant();
        merchant.merchantId = merchantId.value();
        merchant.name = Objects.requireNonNull(name, "name");
        merchant.status = MerchantStatus.ACTIVE;
        merchant.discountRate = rate.value();
        merchant.settlementAccount = Objects.requireNonNull(settlementAccount, "settlementAccount");
        merchant.registeredAt = at;
        return merchant;
    }

    /** New terms, for the captures from now on: plans captured already keep the rate they were captured at. */
    public void changeTerms(String newName, DiscountRate newRate, String newSettlementAccount) {
        name = Objects.requireNonNull(newName, "name");
        discountRate = newRate.value();
        settlementAccount = Objects.requireNonNull(newSettlementAccount, "settlementAccount");
    }

    public void changeStatus(MerchantStatus newStatus) {
        status = Objects.requireNonNull(newStatus, "status");
    }

    /** A new agreement, ACTIVE between its dates; the terms are checked by the caller against the counts on offer. */
    public SubsidyAgreement agree(SubsidyTerms terms, Instant at) {
        SubsidyAgreement agreement = new SubsidyAgreement(terms, at);
        agreements.add(agreement);
        return agreement;
    }

    /** Ends an agreement early, on a business date: from now on it covers nothing. */
    public SubsidyAgreement endAgreement(UUID agreementId, LocalDate on) {
        SubsidyAgreement agreement = agreements.stream()
                .filter(a -> a.agreementId().equals(agreementId))
                .findFirst()
                .orElseThrow(() -> new AgreementNotFound(id(), agreementId));
        agreement.end(on);
        return agreement;
    }

    /** A merchant may take a new order on credit only while ACTIVE. */
    public void requireActive() {
        if (status != MerchantStatus.ACTIVE) {
            throw new MerchantSuspended(id());
        }
    }

    /**
     * The agreement that pays the fees of a plan of {@code installmentCount} and {@code principal}
     * captured on {@code date}: the merchant is ACTIVE and one of its agreements in force that day
     * covers the count and allows the principal.
     *
     * @throws SubsidyNotAgreed otherwise, saying which condition failed
     */
    public SubsidyAgreement subsidyFor(int installmentCount, Money principal, LocalDate date) {
        if (status != MerchantStatus.ACTIVE) {
            throw suspended();
        }
        List<SubsidyAgreement> covering = agreements.stream()
                .filter(a -> a.inForceOn(date) && a.covers(installmentCount))
                .toList();
        if (covering.isEmpty()) {
            throw new SubsidyNotAgreed("Merchant '" + merchantId + "' has no subsidy agreement in force on " + date
                    + " covering " + installmentCount + " installments" + coveredCounts(date) + ".");
        }
        return covering.stream()
                .filter(a -> a.allows(principal))
                .findFirst()
                .orElseThrow(() -> new SubsidyNotAgreed("Merchant '" + merchantId + "' subsidises "
                        + installmentCount + " installments on " + date + " only up to a principal of "
                        + covering.stream()
                                .map(SubsidyAgreement::maximumPrincipal)
                                .max(Money::compareTo)
                                .orElseThrow()
                        + " yuan, not " + principal + " yuan."));
    }

    /**
     * The counts of {@code countsOnOffer} whose plans of {@code principal} it subsidises on {@code
     * date}: what a quote may offer at 0%.
     *
     * @throws SubsidyNotAgreed when it subsidises none of them (or is suspended)
     */
    public Set<Integer> subsidisedCounts(List<Integer> countsOnOffer, Money principal, LocalDate date) {
        Set<Integer> counts = new TreeSet<>();
        for (int count : countsOnOffer) {
            if (agreements.stream().anyMatch(a -> a.inForceOn(date) && a.covers(count) && a.allows(principal))) {
                counts.add(count);
            }
        }
        if (status != MerchantStatus.ACTIVE) {
            throw suspended();
        }
        if (counts.isEmpty()) {
            throw new SubsidyNotAgreed("Merchant '" + merchantId + "' has no subsidy agreement in force on " + date
                    + " covering a plan of " + principal + " yuan" + coveredCounts(date) + ".");
        }
        return counts;
    }

    private SubsidyNotAgreed suspended() {
        return new SubsidyNotAgreed("Merchant '" + merchantId + "' is suspended: its subsidies are not honoured.");
    }

    private String coveredCounts(LocalDate date) {
        Set<Integer> counts = new TreeSet<>();
        agreements.stream().filter(a -> a.inForceOn(date)).forEach(a -> counts.addAll(a.installmentCounts()));
        return counts.isEmpty() ? " (none is in force that day)" : " (those in force cover " + counts + ")";
    }

    public MerchantId id() {
        return MerchantId.of(merchantId);
    }

    public String name() {
        return name;
    }

    public MerchantStatus status() {
        return status;
    }

    public DiscountRate discountRate() {
        return new DiscountRate(discountRate);
    }

    public String settlementAccount() {
        return settlementAccount;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public List<SubsidyAgreement> agreements() {
        return List.copyOf(agreements);
    }
}
