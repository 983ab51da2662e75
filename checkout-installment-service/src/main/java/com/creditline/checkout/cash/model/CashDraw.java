package com.creditline.checkout.cash.model;

import com.creditline.checkout.pricing.Grade;
import com.creditline.checkout.pricing.PricingMethod;
import com.creditline.common.error.Conflict;
import com.creditline.common.error.RuleViolation;
import com.creditline.common.id.CustomerId;
import com.creditline.common.id.MerchantId;
import com.creditline.common.id.PlanId;
import com.creditline.common.money.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A draw from a line: CASH from a consumer's line to the customer's bank account, or MERCHANT from a
 * merchant's line to its settlement account (with the share of daily sales swept to it, if any). REQUESTED while the line holds the
 * amount and the payout is on its way; the payout's answer is recorded once, then the draw is PAID
 * (the hold captured and the plan opened) or FAILED (the hold released). Each step is recorded
 * before the next is attempted, so that recovery can finish or undo what a dying process left.
 */
@Entity
@Table(name = "cash_draw")
public class CashDraw {

    /** Where a draw stands. */
    public enum Status {
        REQUESTED,
        PAID,
        FAILED
    }

    /** The id's uuid: Hibernate applies no converter to an id. */
    @Id
    private UUID drawId;

    private String idempotencyKey;

    @Enumerated(EnumType.STRING)
    private DrawProduct product;

    private CustomerId customerId;
    private BankAccountId bankAccountId;
    private MerchantId merchantId;
    private BigDecimal salesSweepShare;
    private Money amount;
    private int installmentCount;

    @Enumerated(EnumType.STRING)
    private PricingMethod method;

    @Enumerated(EnumType.STRING)
    private Grade grade;

    private BigDecimal dailyRate;

    @Enumerated(EnumType.STRING)
    private Status status;

    private boolean holdPlaced;
    private Boolean payoutPaid;
    private String failureReason;
    private LocalDate payoutDate;
    private PlanId planId;
    private BigDecimal nominalApr;
    private Instant requestedAt;
    private Instant answeredAt;
    private Instant settledAt;

    @Version
    private long version;

    protected CashDraw() {}

    /** A draw about to hold its amount on the line, priced at the grade's daily rate. */
    public CashDraw(CashDrawRequest request, Grade grade, BigDecimal dailyRate, Instant at) {
        this.drawId = UUID.randomUUID();
        this.idempotencyKey = request.idempotencyKey();
        this.product = request.product();
        this.customerId = request.customerId();
        this.bankAccountId = request.bankAccountId();
        this.merchantId = request.merchantId();
        this.salesSweepShare = request.salesSweepShare();
        this.amount = request.amount();
        this.installmentCount = request.installmentCount();
        this.method = request.method();
        this.grade = grade;
        this.dailyRate = dailyRate;
        this.status = Status.REQUESTED;
        this.requestedAt = at;
    }

    /** The line holds the amount: the payout may be instructed. */
    public void holdPlaced() {
        if (status != Status.REQUESTED || holdPlaced) {
            throw new IllegalStateException("the hold of draw " + drawId + " is placed once, while it is requested");
        }
        holdPlaced = true;
    }

    /**
     * The payout's answer, recorded once.
     *
     * @param businessDate the business date of the answer: a paid draw's plan is dated from it
     * @throws PayoutOutcomeAlreadyRecorded when the payout was answered before
     * @throws CashDrawNotAwaitingPayout when no payout was instructed
     */
    public void recordPayout(boolean paid, String reason, LocalDate businessDate, Instant at) {
        if (payoutPaid != null) {
            throw new PayoutOutcomeAlreadyRecorded();
        }
        if (status != Status.REQUESTED || !holdPlaced) {
            throw new CashDrawNotAwaitingPayout();
        }
        payoutPaid = paid;
        failureReason = paid ? null : (reason == null || reason.isBlank() ? "payout failed" : reason.strip());
        payoutDate = businessDate;
        answeredAt = at;
    }

    /** The hold is captured and the plan opened. */
    public void paid(PlanId plan, BigDecimal apr, Instant at) {
        requireAnswered(true);
        status = Status.PAID;
        planId = plan;
        nominalApr = apr;
        settledAt = at;
    }

    /** The hold is released: the line is as it was. */
    public void failed(Instant at) {
        requireAnswered(false);
        status = Status.FAILED;
        settledAt = at;
    }

    private void requireAnswered(boolean paid) {
        if (status != Status.REQUESTED || payoutPaid == null || payoutPaid != paid) {
            throw new IllegalStateException("draw " + drawId + " is not awaiting that settlement");
        }
    }

    /** Whether the payout was answered and the draw is still to be settled. */
    public boolean awaitsSettlement() {
        return status == Status.REQUESTED && payoutPaid != null;
    }

    public boolean isSameRequest(CashDrawRequest request) {
        return customerId.equals(request.customerId())
                && amount.equals(request.amount())
                && installmentCount == request.installmentCount()
                && method == request.method()
                && product == request.product()
                && Objects.equals(bankAccountId, request.bankAccountId())
                && Objects.equals(merchantId, request.merchantId())
                && sameShare(salesSweepShare, request.salesSweepShare());
    }

    private static boolean sameShare(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    public DrawProduct product() {
        return product;
    }

    /** The merchant of a MERCHANT draw; null for a CASH draw. */
    public MerchantId merchantId() {
        return merchantId;
    }

    /** The share of daily sales swept to a merchant draw's plan; null when repaid in fixed installments. */
    public BigDecimal salesSweepShare() {
        return salesSweepShare;
    }

    public CashDrawId drawId() {
        return new CashDrawId(drawId);
    }

    public CustomerId customerId() {
        return customerId;
    }

    /** The bank account of a CASH draw; null for a MERCHANT draw. */
    public BankAccountId bankAccountId() {
        return bankAccountId;
    }

    public Money amount() {
        return amount;
    }

    public int installmentCount() {
        return installmentCount;
    }

    public PricingMethod method() {
        return method;
    }

    public Grade grade() {
        return grade;
    }

    public BigDecimal dailyRate() {
        return dailyRate;
    }

    public Status status() {
        return status;
    }

    public boolean isHoldPlaced() {
        return holdPlaced;
    }

    public Boolean payoutPaid() {
        return payoutPaid;
    }

    public String failureReason() {
        return failureReason;
    }

    public LocalDate payoutDate() {
        return payoutDate;
    }

    public PlanId planId() {
        return planId;
    }

    public BigDecimal nominalApr() {
        return nominalApr;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant settledAt() {
        return settledAt;
    }

    /** The payout of this draw was answered before; it is answered once. */
    public static class PayoutOutcomeAlreadyRecorded extends Conflict {
        PayoutOutcomeAlreadyRecorded() {
            super("The payout of this draw was answered already; it is answered once.");
        }
    }

    /** No payout of this draw is awaited: it was never instructed, or the draw is settled. */
    public static class CashDrawNotAwaitingPayout extends RuleViolation {
        CashDrawNotAwaitingPayout() {
            super("No payout of this draw is awaited.");
        }
    }
}
