package com.creditline.collections.cases.model;

import com.creditline.collections.strategy.model.Escalation;
import com.creditline.collections.strategy.model.ReminderStrategy;
import com.creditline.common.delinquency.DelinquencyBucket;
import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A customer's collections case: opened when they fall past due, it follows their days past due
 * and bucket, escalates through the reminder strategy (each step once, none while a promise to pay
 * is open), asks for the account to be frozen once at 90 days past due, and closes when the
 * arrears are cured. It does not decide the charge-off: repayment-service does, and the case
 * follows, recording what was written off; after it, payments are recoveries.
 */
@Entity
@Table(name = "collection_case")
public class CollectionCase {

    @Id
    @Column(name = "case_id")
    private UUID id;

    private CustomerId customerId;

    @Enumerated(EnumType.STRING)
    private CaseStatus status;

    @Enumerated(EnumType.STRING)
    private DelinquencyBucket bucket;

    private int daysPastDue;
    private Money overdueAmount;
    private LocalDate oldestDueDate;
    private LocalDate asOf;
    private LocalDate openedOn;
    private LocalDate closedOn;

    @Enumerated(EnumType.STRING)
    private CloseReason closeReason;

    private int lastEscalationDay;
    private LocalDate freezeRequestedOn;

    @Embedded
    private WriteOff writeOff;

    private Money recoveredTotal;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    @OrderBy("number")
    private List<PromiseToPay> promises = new ArrayList<>();

    @Version
    private Long version;

    protected CollectionCase() {}

    /** Opens a case for a customer who has fallen past due. */
    public static CollectionCase open(UUID id, CustomerId customerId, Delinquency delinquency) {
        if (delinquency.isCured()) {
            throw new IllegalArgumentException("a case is opened for days past due above 0");
        }
        return new CollectionCase(id, customerId, delinquency);
    }

    /** Opens a case charged off, for a customer charged off with none being worked: payments are recoveries. */
    public static CollectionCase openChargedOff(UUID id, CustomerId customerId, RecordChargeOff chargeOff) {
        CollectionCase c = new CollectionCase(id, customerId, chargeOff.delinquency());
        c.chargedOff(chargeOff);
        return c;
    }

    private CollectionCase(UUID id, CustomerId customerId, Delinquency delinquency) {
        this.id = id;
        this.customerId = customerId;
        status = CaseStatus.OPEN;
        openedOn = delinquency.asOf();
        recoveredTotal = Money.ZERO;
        apply(delinquency);
    }

    /**
     * Takes a customer's newer delinquency figures; a DPD of 0 cures an open case. Figures older
     * than the ones held are ignored, and so reported by {@code false}.
     */
    public boolean track(Delinquency delinquency) {
        if (delinquency.asOf().isBefore(asOf)) {
            return false;
        }
        apply(delinquency);
        if (delinquency.isCured() && status == CaseStatus.OPEN) {
            close(CloseReason.CURED, delinquency.asOf());
        }
        return true;
    }

    private void apply(Delinquency delinquency) {
        daysPastDue = delinquency.daysPastDue();
        bucket = DelinquencyBucket.of(daysPastDue);
        overdueAmount = delinquency.overdueAmount();
        oldestDueDate = delinquency.oldestDueDate();
        asOf = delinquency.asOf();
    }

    /** A payment was booked on an open case; one that leaves nothing overdue cures it. */
    public void paymentReceived(Money overdueAfter, LocalDate on) {
        if (status != CaseStatus.OPEN) {
            throw new IllegalStateException("case " + id + " is " + status + "; payments on it are recoveries");
        }
        overdueAmount = overdueAfter.atLeastZero();
        if (overdueAmount.isZero()) {
            apply(new Delinquency(0, Money.ZERO, null, on.isBefore(asOf) ? asOf : on));
            close(CloseReason.CURED, asOf);
        }
    }

    private void close(CloseReason reason, LocalDate on) {
        openPromise().ifPresent(p -> p.resolve(PromiseStatus.KEPT, on));
        status = CaseStatus.CLOSED;
        closeReason = reason;
        closedOn = on;
    }

    /** True once per open case, when its days past due first reach the freeze threshold. */
    public boolean requestFreezeIfDue(CasePolicy policy, LocalDate on) {
        if (freezeRequestedOn != null || status != CaseStatus.OPEN || daysPastDue < policy.freezeAtDaysPastDue()) {
            return false;
        }
        freezeRequestedOn = on;
        return true;
    }

    /**
     * Follows repayment-service's charge-off: CHARGED_OFF with what was written off, an open promise
     * CANCELLED. False, changing nothing, if charged off already: a customer is charged off once.
     */
    public boolean chargedOff(RecordChargeOff chargeOff) {
        if (status == CaseStatus.CHARGED_OFF) {
            return false;
        }
        if (status != CaseStatus.OPEN) {
            throw new IllegalStateException("case " + id + " is " + status + "; a charge-off opens a new one");
        }
        openPromise().ifPresent(p -> p.resolve(PromiseStatus.CANCELLED, chargeOff.chargedOffOn()));
        status = CaseStatus.CHARGED_OFF;
        writeOff = WriteOff.of(chargeOff);
        return true;
    }

    /**
     * The escalation steps the case has reached and not run yet, now marked as run. None while
     * the case is not open or a promise to pay is open: the steps passed meanwhile are run (the
     * latest) or superseded once the promise is broken.
     */
    public Escalation escalate(ReminderStrategy strategy) {
        if (status != CaseStatus.OPEN || openPromise().isPresent()) {
            return Escalation.none(lastEscalationDay);
        }
        Escalation escalation = strategy.escalationFor(daysPastDue, lastEscalationDay);
        lastEscalationDay = escalation.reachedDay();
        return escalation;
    }

    /**
     * The customer promises to pay an amount by a date, on {@code businessDate}; escalation waits until
     * then. The case's figures may be dated after this service's business date (repayment's end of day
     * reached a date whose announcement this service has not read yet): the promise is then made on
     * the figures' date, the later day the officer and the customer already see.
     */
    public PromiseToPay promiseToPay(MakePromise promise, LocalDate businessDate, Instant at, CasePolicy policy) {
        if (status != CaseStatus.OPEN) {
            throw new CaseNotOpen();
        }
        if (openPromise().isPresent()) {
            throw new PromiseAlreadyOpen();
        }
        LocalDate madeOn = businessDate.isBefore(asOf) ? asOf : businessDate;
        PromiseToPay made = PromiseToPay.make(promises.size() + 1, promise, madeOn, at, policy);
        promises.add(made);
        return made;
    }

    /** Breaks the open promise if its date is over and the case is still open; true if it did. */
    public boolean breakPromiseIfLapsed(LocalDate businessDate) {
        Optional<PromiseToPay> lapsed = openPromise().filter(p -> p.hasLapsedBy(businessDate));
        if (status != CaseStatus.OPEN || lapsed.isEmpty()) {
            return false;
        }
        lapsed.get().resolve(PromiseStatus.BROKEN, businessDate);
        return true;
    }

    /** Books a payment received after the charge-off as a recovery. */
    public Recovery bookRecovery(BookRecovery payment, Instant at) {
        if (status != CaseStatus.CHARGED_OFF) {
            throw new IllegalStateException("only a charged-off case books recoveries; case " + id + " is " + status);
        }
        if (!payment.amount().isPositive()) {
            throw new IllegalArgumentException("a recovery is a positive amount: " + payment.amount());
        }
        recoveredTotal = recoveredTotal.plus(payment.amount());
        return Recovery.of(id, customerId, payment, at);
    }

    public Optional<PromiseToPay> openPromise() {
        return promises.stream().filter(PromiseToPay::isOpen).findFirst();
    }

    /** The most recent promise, whatever became of it. */
    public Optional<PromiseToPay> latestPromise() {
        return promises.isEmpty() ? Optional.empty() : Optional.of(promises.getLast());
    }

    public UUID id() {
        return id;
    }

    public CustomerId customerId() {
        return customerId;
    }

    public CaseStatus status() {
        return status;
    }

    public DelinquencyBucket bucket() {
        return bucket;
    }

    public int daysPastDue() {
        return daysPastDue;
    }

    public Money overdueAmount() {
        return overdueAmount;
    }

    public LocalDate oldestDueDate() {
        return oldestDueDate;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public LocalDate openedOn() {
        return openedOn;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public CloseReason closeReason() {
        return closeReason;
    }

    public int lastEscalationDay() {
        return lastEscalationDay;
    }

    public LocalDate freezeRequestedOn() {
        return freezeRequestedOn;
    }

    /** What was written off at the charge-off; empty before it. */
    public Optional<WriteOff> writeOff() {
        return Optional.ofNullable(writeOff);
    }

    public Money recoveredTotal() {
        return recoveredTotal;
    }
}
