package com.creditline.checkout.order.model;

import com.creditline.checkout.fraud.AddressFingerprint;
import com.creditline.common.id.CustomerId;
import com.creditline.common.id.MerchantId;
import com.creditline.common.id.OrderId;
import com.creditline.common.id.PartnerId;
import com.creditline.common.money.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An order financed on the credit line. Authorised, it holds its amount on the line; captures
 * (partial, several) turn held money into plans; a void releases what is still held; refunds give
 * back captured money. In review, the amount is held but nothing can be captured until ops decide.
 */
@Entity
@Table(name = "financed_order")
public class FinancedOrder {

    public enum Status {
        /** The hold is being placed; recovery undoes it if the process dies here. */
        AUTHORISING,
        AUTHORISED,
        IN_REVIEW,
        DECLINED,
        CAPTURED,
        VOIDED,
        LAPSED
    }

    /** What decided the authorisation: the fraud check's outcome, or the line's refusal (DECLINE). */
    public enum Decision {
        /** Not decided yet: the order is AUTHORISING. */
        PENDING,
        APPROVE,
        REVIEW,
        DECLINE
    }

    @Id
    private OrderId orderId;

    private CustomerId customerId;

    /** The partner platform that placed the order; null for the first-party shop. */
    private PartnerId partnerId;

    /** The merchant that sold the goods; null for the platform's own store. */
    private MerchantId merchantId;

    private Money amount;
    private Money captured;
    private Money released;
    private Money refunded;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Enumerated(EnumType.STRING)
    private Decision decision;

    private String reasons;
    private String deviceId;

    /** The shipping address's fingerprint (never the address); null when the shop sent none. */
    private String addressFingerprint;

    private Instant authorisedAt;

    /** The officer who decided the review, why and when; null until then. */
    private String reviewedBy;

    private Boolean reviewApproved;
    private String reviewReason;
    private Instant reviewedAt;

    @Version
    private long version;

    protected FinancedOrder() {}

    /**
     * An order being authorised, as its placer asked for it: AUTHORISING until {@link #settle}
     * records the outcome.
     */
    public static FinancedOrder authorising(
            OrderRequest request, String deviceId, AddressFingerprint addressFingerprint, Instant at) {
        FinancedOrder order = new FinancedOrder();
        order.orderId = request.orderId();
        order.customerId = request.customerId();
        order.partnerId = request.partnerId();
        order.merchantId = request.merchantId();
        order.amount = request.amount();
        order.captured = Money.ZERO;
        order.released = Money.ZERO;
        order.refunded = Money.ZERO;
        order.status = Status.AUTHORISING;
        order.decision = Decision.PENDING;
        order.reasons = "";
        order.deviceId = deviceId;
        order.addressFingerprint = addressFingerprint == null ? null : addressFingerprint.value();
        order.authorisedAt = at;
        return order;
    }

    /** The hold was placed (or refused): the authorisation takes its outcome. */
    public void settle(Status outcome, Decision decision, List<String> reasons) {
        if (status != Status.AUTHORISING) {
            throw new IllegalStateException("only an authorisation in progress can be settled");
        }
        this.status = outcome;
        this.decision = decision;
        this.reasons = String.join(",", reasons);
    }

    public Money remaining() {
        return amount.minus(captured).minus(released);
    }

    public Money refundable() {
        return captured.minus(refunded);
    }

    public void checkCapturable(Money part) {
        if (status != Status.AUTHORISED) {
            throw new OrderNotCapturable(status);
        }
        if (part.isGreaterThan(remaining())) {
            throw new CaptureExceedsAuthorisation(remaining());
        }
    }

    public void capture(Money part) {
        checkCapturable(part);
        captured = captured.plus(part);
        if (remaining().isZero()) {
            status = Status.CAPTURED;
        }
    }

    /** Releases what is still held; returns it. */
    public Money voidRemaining() {
        if (status != Status.AUTHORISED && status != Status.IN_REVIEW) {
            throw new OrderNotVoidable(status);
        }
        Money freed = remaining();
        released = released.plus(freed);
        status = captured.isZero() ? Status.VOIDED : Status.CAPTURED;
        return freed;
    }

    /** What one plan gives back of a refund. */
    public record PlanRefund(FinancedPlan plan, Money amount) {}

    /**
     * Refunds captured money, at most what was captured and not yet refunded. The refund is spread
     * over the order's plans from the latest capture first, each plan giving back up to its
     * principal not yet refunded (docs/checkout.md).
     *
     * @param plansOldestFirst the order's plans, in the order they were captured
     * @return what each plan gave back, latest plan first; plans that gave nothing are left out
     */
    public List<PlanRefund> refund(Money amount, List<FinancedPlan> plansOldestFirst) {
        if (amount.isGreaterThan(refundable())) {
            throw new RefundExceedsCaptured(refundable());
        }
        for (FinancedPlan plan : plansOldestFirst) {
            if (!plan.orderId().equals(orderId())) {
                // A bug, not a client's error: never answered as a 400.
                throw new IllegalStateException("plan " + plan.planId() + " is not a plan of order " + orderId);
            }
        }
        refunded = refunded.plus(amount);
        List<PlanRefund> parts = new ArrayList<>();
        Money left = amount;
        for (FinancedPlan plan : plansOldestFirst.reversed()) {
            Money part = left.min(plan.refundable());
            if (part.isPositive()) {
                plan.refund(part);
                parts.add(new PlanRefund(plan, part));
                left = left.minus(part);
            }
        }
        return parts;
    }

    /**
     * An officer decides the review: approved, the order is AUTHORISED and can be captured; refused,
     * it stays IN_REVIEW until its hold is released and it is voided. Who, why and when are kept.
     */
    public void decideReview(ReviewDecision decision) {
        if (status != Status.IN_REVIEW) {
            throw new OrderNotInReview(status);
        }
        reviewedBy = decision.officer();
        reviewApproved = decision.approve();
        reviewReason = decision.reason();
        reviewedAt = decision.at();
        if (decision.approve()) {
            status = Status.AUTHORISED;
        }
    }

    /** The hold lapsed on the line; true when that changed the order (it was still holding). */
    public boolean lapse(Money freed) {
        if (status == Status.AUTHORISED || status == Status.IN_REVIEW) {
            released = released.plus(freed.min(remaining()));
            status = captured.isZero() ? Status.LAPSED : Status.CAPTURED;
            return true;
        }
        return false;
    }

    /** Whether a request with this order id asks for the same as the one that placed the order. */
    public boolean isSameRequest(OrderRequest request) {
        return customerId.equals(request.customerId())
                && amount.equals(request.amount())
                && Objects.equals(merchantId, request.merchantId());
    }

    /** Whether the order was placed by this partner (null: by the shop). */
    public boolean placedBy(PartnerId partnerId) {
        return Objects.equals(this.partnerId, partnerId);
    }

    public OrderId orderId() {
        return orderId;
    }

    public CustomerId customerId() {
        return customerId;
    }

    /** The partner that placed the order; null for the shop. */
    public PartnerId partnerId() {
        return partnerId;
    }

    /** The merchant that sold the goods; null for the platform's own store. */
    public MerchantId merchantId() {
        return merchantId;
    }

    public boolean isPartnerOrder() {
        return partnerId != null;
    }

    public Money amount() {
        return amount;
    }

    public Money captured() {
        return captured;
    }

    public Money released() {
        return released;
    }

    public Money refunded() {
        return refunded;
    }

    public Status status() {
        return status;
    }

    public Decision decision() {
        return decision;
    }

    public List<String> reasons() {
        return reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split(","));
    }

    public Instant authorisedAt() {
        return authorisedAt;
    }

    /** The officer's decision on the review; null for an order never reviewed. */
    public ReviewDecision review() {
        return reviewedBy == null ? null : new ReviewDecision(reviewApproved, reviewedBy, reviewReason, reviewedAt);
    }
}
