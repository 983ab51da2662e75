package com.creditline.repayment.funding.model;

import com.creditline.common.money.Money;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A bank or consumer-finance company funding plans jointly with the platform's own lender: its
 * terms, its settlement account, the principal it holds now (its exposure, kept by the database as
 * plans open and principal comes back: see {@code PlanFunding}), and its order of preference among
 * funders (lower first).
 */
@Entity
@Table(name = "funder")
public class Funder {

    @Id
    private String funderId;

    private String name;

    @Enumerated(EnumType.STRING)
    private FunderKind kind;

    @Enumerated(EnumType.STRING)
    private FunderStatus status;

    private int priority;

    @Embedded
    private FundingTerms terms;

    private String settlementAccount;

    /** The gateway partner whose {@code funding:read} keys may read its books; none when absent. */
    private String partnerId;

    private Money outstandingPrincipal;
    private Instant registeredAt;

    @Version
    private long version;

    protected Funder() {}

    public static Funder register(
            String funderId,
            String name,
            FunderKind kind,
            int priority,
            FundingTerms terms,
            String settlementAccount,
            String partnerId,
            Instant at) {
        Funder funder = new Funder();
        funder.funderId = funderId;
        funder.name = name;
        funder.kind = kind;
        funder.status = FunderStatus.ACTIVE;
        funder.priority = priority;
        funder.terms = terms;
        funder.settlementAccount = settlementAccount;
        funder.partnerId = partnerId;
        funder.outstandingPrincipal = Money.ZERO;
        funder.registeredAt = at;
        return funder;
    }

    /** New terms (the plans it already funds keep their shares). */
    public void changeTerms(int newPriority, FundingTerms newTerms, String newSettlementAccount, String newPartnerId) {
        priority = newPriority;
        terms = newTerms;
        settlementAccount = newSettlementAccount;
        partnerId = newPartnerId;
    }

    /** Whether a partner's {@code funding:read} key may read this funder's books: only its own partner's. */
    public boolean readableBy(String partner) {
        return partnerId != null && partnerId.equals(partner);
    }

    public void changeStatus(FunderStatus newStatus) {
        status = newStatus;
    }

    /** Room under the exposure cap. */
    public Money exposureRoom() {
        return terms.exposureCap().minus(outstandingPrincipal).atLeastZero();
    }

    public String id() {
        return funderId;
    }

    public String name() {
        return name;
    }

    public FunderKind kind() {
        return kind;
    }

    public FunderStatus status() {
        return status;
    }

    public int priority() {
        return priority;
    }

    public FundingTerms terms() {
        return terms;
    }

    public String settlementAccount() {
        return settlementAccount;
    }

    public String partnerId() {
        return partnerId;
    }

    public Money outstandingPrincipal() {
        return outstandingPrincipal;
    }

    public Instant registeredAt() {
        return registeredAt;
    }
}
