package com.creditline.repayment.plan.model;

import com.creditline.common.id.PlanId;
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

/**
 * One movement of money on a plan: its kind, amount, installment, business date and the reference
 * of what caused it ({@code order:<id>}, {@code payment:<reference>}, {@code refund:<id>},
 * {@code end-of-day:<date>}). Never changed.
 */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long entryId;

    private PlanId planId;
    private Integer installmentNumber;

    @Enumerated(EnumType.STRING)
    private LedgerKind kind;

    private Money amount;
    private LocalDate businessDate;
    private String reference;
    private Instant recordedAt;

    protected LedgerEntry() {}

    public static LedgerEntry of(Booking booking, Posting posting) {
        LedgerEntry entry = new LedgerEntry();
        entry.planId = booking.planId();
        entry.installmentNumber = posting.installmentNumber();
        entry.kind = posting.kind();
        entry.amount = posting.amount();
        entry.businessDate = booking.businessDate();
        entry.reference = booking.reference();
        entry.recordedAt = booking.recordedAt();
        return entry;
    }

    public Long id() {
        return entryId;
    }

    public PlanId planId() {
        return planId;
    }

    public Integer installmentNumber() {
        return installmentNumber;
    }

    public LedgerKind kind() {
        return kind;
    }

    public Money amount() {
        return amount;
    }

    public LocalDate businessDate() {
        return businessDate;
    }

    public String reference() {
        return reference;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public Posting posting() {
        return new Posting(installmentNumber, kind, amount);
    }
}
