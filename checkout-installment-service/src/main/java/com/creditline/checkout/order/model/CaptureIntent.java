package com.creditline.checkout.order.model;

import com.creditline.checkout.merchant.model.DiscountRate;
import com.creditline.checkout.pricing.PricingMethod;
import com.creditline.common.id.CaptureId;
import com.creditline.common.id.OrderId;
import com.creditline.common.money.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
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
    private CaptureId captureId;

    private OrderId orderId;
    private Money amount;

    @Enumerated(EnumType.STRING)
    private PricingMethod method;

    private int installmentCount;
    private boolean merchantSubsidised;

    /** The order's merchant's discount rate when the capture was asked for; null for the own store. */
    private BigDecimal merchantDiscountRate;

    private LocalDate captureDate;
    private Instant createdAt;
    private Instant completedAt;

    protected CaptureIntent() {}

    /** @param discountRate the merchant's terms at capture, which the plan keeps; null for the own store */
    public CaptureIntent(CaptureRequest request, DiscountRate discountRate, LocalDate captureDate, Instant at) {
        this.captureId = request.captureId();
        this.orderId = request.orderId();
        this.amount = request.amount();
        this.method = request.method();
        this.installmentCount = request.installmentCount();
        this.merchantSubsidised = request.merchantSubsidised();
        this.merchantDiscountRate = discountRate == null ? null : discountRate.value();
        this.captureDate = captureDate;
        this.createdAt = at;
    }

    public void complete(Instant at) {
        completedAt = at;
    }

    public CaptureId captureId() {
        return captureId;
    }

    public OrderId orderId() {
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

    /** The discount rate the plan is captured at; null for the platform's own store. */
    public DiscountRate merchantDiscountRate() {
        return merchantDiscountRate == null ? null : new DiscountRate(merchantDiscountRate);
    }

    public LocalDate captureDate() {
        return captureDate;
    }

    public boolean completed() {
        return completedAt != null;
    }
}
