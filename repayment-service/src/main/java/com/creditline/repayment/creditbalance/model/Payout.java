package com.creditline.repayment.creditbalance.model;

import com.creditline.common.id.CustomerId;
import com.creditline.common.id.PlanId;
import com.creditline.common.money.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An instruction to pay a plan's credit balance out to the customer, under the caller's payout
 * reference (its idempotency key), and the provider's answer.
 */
@Entity
@Table(name = "credit_balance_payout")
public class Payout {

    @Id
    private UUID payoutId;

    private String payoutReference;
    private PlanId planId;
    private CustomerId customerId;
    private Money amount;

    @Enumerated(EnumType.STRING)
    private PayoutStatus status;

    private LocalDate requestedOn;
    private Instant requestedAt;
    private Instant decidedAt;
    private String failureReason;

    @Version
    private long version;

    protected Payout() {}

    public static Payout requested(
            String reference, PlanId planId, CustomerId customerId, Money amount, LocalDate on, Instant at) {
        Payout payout = new Payout();
        payout.payoutId = UUID.randomUUID();
        payout.payoutReference = reference;
        payout.planId = planId;
        payout.customerId = customerId;
        payout.amount = amount;
        payout.status = PayoutStatus.REQUESTED;
        payout.requestedOn = on;
        payout.requestedAt = at;
        return payout;
    }

    /** The provider's answer: paid, or failed with its reason. Given once. */
    public void decided(boolean paid, String reason, Instant at) {
        if (status != PayoutStatus.REQUESTED) {
            throw new PayoutAlreadyDecided(status);
        }
        status = paid ? PayoutStatus.PAID : PayoutStatus.FAILED;
        failureReason = paid ? null : reason;
        decidedAt = at;
    }

    /** Whether a second request under the same reference asks for the same payout. */
    public boolean sameRequest(PlanId plan, Money asked) {
        return planId.equals(plan) && (asked == null || amount.equals(asked));
    }

    public UUID id() {
        return payoutId;
    }

    public String reference() {
        return payoutReference;
    }

    public PlanId planId() {
        return planId;
    }

    public CustomerId customerId() {
        return customerId;
    }

    public Money amount() {
        return amount;
    }

    public PayoutStatus status() {
        return status;
    }

    public LocalDate requestedOn() {
        return requestedOn;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String failureReason() {
        return failureReason;
    }
}
