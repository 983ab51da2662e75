package com.creditline.checkout.order.model;

import com.creditline.checkout.merchant.model.DiscountRate;
import com.creditline.checkout.pricing.PlanOffer;
import com.creditline.checkout.pricing.PricingMethod;
import com.creditline.common.id.CaptureId;
import com.creditline.common.id.CustomerId;
import com.creditline.common.id.MerchantId;
import com.creditline.common.id.OrderId;
import com.creditline.common.id.PlanId;
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
 * The plan a capture started, as checkout records it: its terms and how much of its principal
 * has been refunded. The schedule itself is kept (and repaid) by repayment-service.
 */
@Entity
@Table(name = "plan")
public class FinancedPlan {

    @Id
    private PlanId planId;

    private CaptureId captureId;
    private OrderId orderId;
    private CustomerId customerId;
    private Money principal;
    private Money refunded;

    /** What repayment-service has taken off the principal so far (repayments and refunds). */
    private Money principalReduced;

    @Enumerated(EnumType.STRING)
    private PricingMethod method;

    private int installmentCount;
    private boolean merchantSubsidised;
    private Money merchantFee;

    /** The order's merchant, the discount rate of its terms at capture and the discount it gives; null rate and no merchant for the platform's own store. */
    private MerchantId merchantId;

    private BigDecimal merchantDiscountRate;
    private Money merchantDiscount;

    private Money totalFee;
    private BigDecimal nominalApr;
    private BigDecimal effectiveApr;
    private LocalDate captureDate;
    private Instant createdAt;

    protected FinancedPlan() {}

    /**
     * @param discountRate the order's merchant's discount rate at capture; null for the platform's own store
     */
    public FinancedPlan(
            CaptureId captureId,
            FinancedOrder order,
            PlanOffer offer,
            DiscountRate discountRate,
            LocalDate captureDate,
            Instant at) {
        if ((order.merchantId() == null) != (discountRate == null)) {
            throw new IllegalStateException("a merchant's plan has its discount rate, the own store's none");
        }
        this.planId = PlanId.random();
        this.captureId = captureId;
        this.orderId = order.orderId();
        this.customerId = order.customerId();
        this.principal = offer.principal();
        this.refunded = Money.ZERO;
        this.principalReduced = Money.ZERO;
        this.method = offer.method();
        this.installmentCount = offer.installmentCount();
        this.merchantSubsidised = offer.merchantSubsidised();
        this.merchantFee = offer.merchantFee();
        this.merchantId = order.merchantId();
        this.merchantDiscountRate = discountRate == null ? null : discountRate.value();
        this.merchantDiscount = discountRate == null ? Money.ZERO : discountRate.discountOn(offer.principal());
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

    public boolean isSameCapture(CaptureRequest request) {
        return orderId.equals(request.orderId()) && principal.equals(request.amount());
    }

    public PlanId planId() {
        return planId;
    }

    public CaptureId captureId() {
        return captureId;
    }

    public OrderId orderId() {
        return orderId;
    }

    public Money principal() {
        return principal;
    }

    public Money refunded() {
        return refunded;
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

    public Money merchantFee() {
        return merchantFee;
    }

    /** The order's merchant; null for the platform's own store. */
    public MerchantId merchantId() {
        return merchantId;
    }

    /** The discount rate the plan was captured at; null for the platform's own store. */
    public BigDecimal merchantDiscountRate() {
        return merchantDiscountRate;
    }

    /** What the merchant's discount rate keeps back of the principal (zero for the own store). */
    public Money merchantDiscount() {
        return merchantDiscount;
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
