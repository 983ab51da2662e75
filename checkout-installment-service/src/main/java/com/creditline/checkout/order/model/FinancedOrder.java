package com.creditline.checkout.order.model;

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

    @Id
    private String orderId;

    private String customerId;

    /** The partner platform that placed the order; null for the first-party shop. */
    private String partnerId;

    private Money amount;
    private Money captured;
    private Money released;
    private Money refunded;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String decision;
    private String reasons;
    private String deviceId;
    private Instant authorisedAt;

    @Version
    private long version;

    protected FinancedOrder() {}

    public static FinancedOrder decided(
            String orderId,
            String customerId,
            String partnerId,
            Money amount,
            Status status,
            String decision,
            List<String> reasons,
            String deviceId,
            Instant at) {
        FinancedOrder order = new FinancedOrder();
        order.orderId = orderId;
        order.customerId = customerId;
        order.partnerId = partnerId;
        order.amount = amount;
        order.captured = Money.ZERO;
        order.released = Money.ZERO;
        order.refunded = Money.ZERO;
        order.status = status;
        order.decision = decision;
        order.reasons = String.join(",", reasons);
        order.deviceId = deviceId;
        order.authorisedAt = at;
        return order;
    }

    /** The hold was placed (or refused): the authorisation takes its outcome. */
    public void settle(Status outcome, String decision, List<String> reasons) {
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
            if (!plan.orderId().equals(orderId)) {
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

    public void approveReview() {
        if (status != Status.IN_REVIEW) {
            throw new OrderNotInReview(status);
        }
        status = Status.AUTHORISED;
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

    public boolean isSameRequest(String customerId, Money amount) {
        return this.customerId.equals(customerId) && this.amount.equals(amount);
    }

    /** Whether the order was placed by this partner (null: by the shop). */
    public boolean placedBy(String partnerId) {
        return Objects.equals(this.partnerId, partnerId);
    }

    public String orderId() {
        return orderId;
    }

    public String customerId() {
        return customerId;
    }

    /** The partner that placed the order; null for the shop. */
    public String partnerId() {
        return partnerId;
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

    public String decision() {
        return decision;
    }

    public List<String> reasons() {
        return reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split(","));
    }

    public Instant authorisedAt() {
        return authorisedAt;
    }
}
