package com.creditline.repayment.payment;

import com.creditline.common.money.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** A payment received against a plan, kept by its reference so a retry finds it. */
@Entity
@Table(name = "payment")
class Payment {

    @Id
    private UUID paymentId;

    private String paymentReference;
    private UUID planId;
    private String customerId;
    private Money amount;
    private LocalDate businessDate;
    private Instant receivedAt;

    @Version
    private Long version;

    protected Payment() {}

    static Payment received(
            UUID planId, String customerId, String reference, Money amount, LocalDate businessDate, Instant at) {
        Payment payment = new Payment();
        payment.paymentId = UUID.randomUUID();
        payment.paymentReference = reference;
        payment.planId = planId;
        payment.customerId = customerId;
        payment.amount = amount;
        payment.businessDate = businessDate;
        // Stored to the microsecond; truncate now so that a replay answers exactly the same.
        payment.receivedAt = at.truncatedTo(ChronoUnit.MICROS);
        return payment;
    }

    /** The same request again: same plan and same amount under the same reference. */
    boolean sameRequest(UUID planId, Money amount) {
        return this.planId.equals(planId) && this.amount.equals(amount);
    }

    UUID id() {
        return paymentId;
    }

    String reference() {
        return paymentReference;
    }

    UUID planId() {
        return planId;
    }

    String customerId() {
        return customerId;
    }

    Money amount() {
        return amount;
    }

    LocalDate businessDate() {
        return businessDate;
    }

    Instant receivedAt() {
        return receivedAt;
    }
}
