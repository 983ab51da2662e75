package com.creditline.repayment.payment.model;

import com.creditline.common.id.CustomerId;
import com.creditline.common.id.PlanId;
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
public class Payment {

    @Id
    private UUID paymentId;

    private String paymentReference;
    private PlanId planId;
    private CustomerId customerId;
    private Money amount;
    private LocalDate businessDate;
    private Instant receivedAt;

    @Version
    private Long version;

    protected Payment() {}

    /** The payment {@code request} taken from the plan's customer on {@code businessDate}. */
    public static Payment received(TakePayment request, CustomerId customerId, LocalDate businessDate, Instant at) {
        Payment payment = new Payment();
        payment.paymentId = UUID.randomUUID();
        payment.paymentReference = request.paymentReference();
        payment.planId = request.planId();
        payment.customerId = customerId;
        payment.amount = request.amount();
        payment.businessDate = businessDate;
        // Stored to the microsecond; truncate now so that a replay answers exactly the same.
        payment.receivedAt = at.truncatedTo(ChronoUnit.MICROS);
        return payment;
    }

    /** The same request again: same plan and same amount under the same reference. */
    public boolean sameRequest(TakePayment request) {
        return planId.equals(request.planId()) && amount.equals(request.amount());
    }

    public UUID id() {
        return paymentId;
    }

    public String reference() {
        return paymentReference;
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

    public LocalDate businessDate() {
        return businessDate;
    }

    public Instant receivedAt() {
        return receivedAt;
    }
}
