package com.creditline.collections.cases.model;

import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A payment received after the charge-off of a case: money recovered on a written-off debt. */
@Entity
@Table(name = "recovery")
public class Recovery {

    @Id
    @Column(name = "recovery_id")
    private UUID id;

    private UUID caseId;
    private CustomerId customerId;
    private UUID paymentId;
    private Money amount;
    private LocalDate receivedOn;
    private Instant recordedAt;

    protected Recovery() {}

    static Recovery of(UUID caseId, CustomerId customerId, BookRecovery payment, Instant at) {
        Recovery recovery = new Recovery();
        recovery.id = UUID.randomUUID();
        recovery.caseId = caseId;
        recovery.customerId = customerId;
        recovery.paymentId = payment.paymentId();
        recovery.amount = payment.amount();
        recovery.receivedOn = payment.receivedOn();
        recovery.recordedAt = at;
        return recovery;
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public UUID paymentId() {
        return paymentId;
    }

    public Money amount() {
        return amount;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }
}
