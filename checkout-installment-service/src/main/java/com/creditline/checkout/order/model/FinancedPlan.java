package com.creditline.checkout.order.model;

import com.creditline.checkout.pricing.PlanOffer;
import com.creditline.common.money.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The plan a capture started, as checkout records it: its terms and how much of its principal
 * has been refunded. The schedule itself is kept (and repaid) by repayment-service.
 */
@Entity
@Table(name = "plan")
public class FinancedPlan {

    @Id
    private UUID planId;

    private String captureId;
    private String orderId;
    private String customerId;
    private Money principal;
    private Money refunded;

    /** What repayment-service has taken off the principal so far (repayments and refunds). */
    private Money principalReduced;

    private String method;
    private int installmentCount;
    private boolean merchantSubsidised;
    private Money merchantFee;
    private Money totalFee;
    private BigDecimal nominalApr;
    private BigDecimal effectiveApr;
    private LocalDate captureDate;
    private Instant createdAt;

    protected FinancedPlan() {}

    public FinancedPlan(String captureId, FinancedOrder order, PlanOffer offer, LocalDate captureDate, Instant at) {
        this.planId = UUID.randomUUID();
        this.captureId = captureId;
        this.orderId = order.orderId();
        this.customerId = order.customerId();
        this.principal = offer.principal();
        this.refunded = Money.ZERO;
        this.principalReduced = Money.ZERO;
        this.method = offer.method().name();
        this.installmentCount = offer.installmentCount();
        this.merchantSubsidised = offer.merchantSubsidised();
        this.merchantFee = offer.merchantFee();
        this.totalFee = offer.totalFee();
        this.nominalApr = offer.nominalApr();
        this.effectiveApr = offer.effectiveApr();
        this.captureDate = captureDate;
        this.createdAt = at;
    }

    Money refundable() {
        return principal.minus(refunded);
    }

    /** Gives back part of the principal; never more than is left to refund. */
    void refund(Money part) {
        if (part.isGreaterThan(refundable())) {
            throw new IllegalStateException("a plan refunds at most its principal not yet refunded");
        }
        refunded = refunded.plus(part);
    }

    /**
     * Repayment-service took {@code part} off the principal; true when this reduction left none.
     * Never more than the principal is counted (an event repeated by mistake must not break the
     * books), and a plan with none left is not "left with none" a second time.
     */
    public boolean reducePrincipal(Money part) {
        if (principalReduced.equals(principal)) {
            return false;
        }
        principalReduced = principalReduced.plus(part).min(principal);
        return principalReduced.equals(principal);
    }

    public boolean isSameCapture(String orderId, Money amount) {
        return this.orderId.equals(orderId) && this.principal.equals(amount);
    }

    public UUID planId() {
        return planId;
    }

    public String captureId() {
        return captureId;
    }

    public String orderId() {
        return orderId;
    }

    public Money principal() {
        return principal;
    }

    public Money refunded() {
        return refunded;
    }

    public String method() {
        return method;
    }

    public int installmentCount() {
        return installmentCount;
    }

    public boolean merchantSubsidised() {
        return merchantSubsidised;
    }

    public Money merchantFee() {
        return merchantFee;
    }

    public Money totalFee() {
        return totalFee;
    }

    public BigDecimal nominalApr() {
        return nominalApr;
    }

    public BigDecimal effectiveApr() {
        return effectiveApr;
    }

    public LocalDate captureDate() {
        return captureDate;
    }
}
