package com.creditline.checkout.order.model;

import com.creditline.checkout.pricing.PricingMethod;
import com.creditline.common.money.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A capture about to be sent to the credit line, written before it is: if the process dies after
 * the line captured but before the plan was recorded, recovery finds the intent and finishes it.
 */
@Entity
@Table(name = "capture_intent")
public class CaptureIntent {

    @Id
    private String captureId;

    private String orderId;
    private Money amount;

    @Enumerated(EnumType.STRING)
    private PricingMethod method;

    private int installmentCount;
    private boolean merchantSubsidised;
    private LocalDate captureDate;
    private Instant createdAt;
    private Instant completedAt;

    protected CaptureIntent() {}

    public CaptureIntent(
            String captureId,
            String orderId,
            Money amount,
            PricingMethod method,
            int installmentCount,
            boolean merchantSubsidised,
            LocalDate captureDate,
            Instant at) {
        this.captureId = captureId;
        this.orderId = orderId;
        this.amount = amount;
        this.method = method;
        this.installmentCount = installmentCount;
        this.merchantSubsidised = merchantSubsidised;
        this.captureDate = captureDate;
        this.createdAt = at;
    }

    public void complete(Instant at) {
        completedAt = at;
    }

    public boolean isSameCapture(String orderId, Money amount) {
        return this.orderId.equals(orderId) && this.amount.equals(amount);
    }

    public String captureId() {
        return captureId;
    }

    public String orderId() {
        return orderId;
    }

    public Money amount() {
        return amount;
    }

    public PricingMethod method() {
        return method;
    }

    public int installmentCount() {
        return installmentCount;
    }

    public boolean merchantSubsidised() {
        return merchantSubsidised;
    }

    public LocalDate captureDate() {
        return captureDate;
    }

    public boolean completed() {
        return completedAt != null;
    }
}
