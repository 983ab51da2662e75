package com.creditline.checkout.partner.model;

import com.creditline.common.id.CustomerId;
import com.creditline.common.id.PartnerId;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A customer's consent to link their credit line to one partner, for a stated purpose. Granted
 * once and withdrawn at most once: a new consent after a withdrawal is a new link, so the links of
 * a customer are the history of their consents.
 */
@Entity
@Table(name = "partner_link")
public class PartnerLink {

    @Id
    private UUID linkId;

    private CustomerId customerId;
    private PartnerId partnerId;
    private String purpose;
    private Instant grantedAt;
    private String grantedBy;
    private Instant withdrawnAt;
    private String withdrawnBy;
    private String withdrawalReason;

    protected PartnerLink() {}

    public static PartnerLink granted(LinkGrant grant, Instant at) {
        PartnerLink link = new PartnerLink();
        link.linkId = UUID.randomUUID();
        link.customerId = grant.customerId();
        link.partnerId = grant.partnerId();
        link.purpose = grant.purpose();
        link.grantedBy = grant.grantedBy();
        link.grantedAt = Objects.requireNonNull(at, "at");
        return link;
    }

    /** The customer takes their consent back; a withdrawn link stays withdrawn. */
    public void withdraw(String by, String reason, Instant at) {
        if (!isActive()) {
            throw new IllegalStateException("the link is already withdrawn");
        }
        withdrawnAt = at.isBefore(grantedAt) ? grantedAt : at;
        withdrawnBy = Objects.requireNonNull(by, "by");
        withdrawalReason = reason;
    }

    public boolean isActive() {
        return withdrawnAt == null;
    }

    public UUID linkId() {
        return linkId;
    }

    public CustomerId customerId() {
        return customerId;
    }

    public PartnerId partnerId() {
        return partnerId;
    }

    public String purpose() {
        return purpose;
    }

    public Instant grantedAt() {
        return grantedAt;
    }

    public String grantedBy() {
        return grantedBy;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public String withdrawnBy() {
        return withdrawnBy;
    }

    public String withdrawalReason() {
        return withdrawalReason;
    }
}
