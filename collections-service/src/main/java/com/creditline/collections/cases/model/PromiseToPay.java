package com.creditline.collections.cases.model;

import com.creditline.common.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A customer's promise to pay an amount by a date, made on a case. While it is open the case does
 * not escalate; it is kept when the arrears are cured, broken when the date passes first.
 */
@Entity
@Table(name = "promise_to_pay")
public class PromiseToPay {

    @Id
    @Column(name = "promise_id")
    private UUID id;

    /** 1 for the case's first promise, 2 for the next... */
    private int number;

    private LocalDate promisedDate;
    private Money amount;
    private LocalDate madeOn;
    private Instant madeAt;

    @Enumerated(EnumType.STRING)
    private PromiseStatus status;

    private LocalDate resolvedOn;

    protected PromiseToPay() {}

    /**
     * A promise made on {@code madeOn}: dated from that day to the policy's horizon, for a positive
     * amount.
     */
    static PromiseToPay make(int number, MakePromise terms, LocalDate madeOn, Instant madeAt, CasePolicy policy) {
        LocalDate promisedDate = terms.promisedDate();
        Money amount = terms.amount();
        if (promisedDate.isBefore(madeOn)) {
            throw new PromisedDateInPast(promisedDate, madeOn);
        }
        LocalDate latest = madeOn.plusDays(policy.promiseMaxDaysAhead());
        if (promisedDate.isAfter(latest)) {
            throw new PromiseTooFarAhead(promisedDate, latest);
        }
        if (!amount.isPositive()) {
            throw new PromisedAmountNotPositive();
        }
        PromiseToPay promise = new PromiseToPay();
        promise.id = UUID.randomUUID();
        promise.number = number;
        promise.promisedDate = promisedDate;
        promise.amount = amount;
        promise.madeOn = madeOn;
        promise.madeAt = madeAt;
        promise.status = PromiseStatus.OPEN;
        return promise;
    }

    public boolean isOpen() {
        return status == PromiseStatus.OPEN;
    }

    /** The promised date is over by {@code businessDate}: the customer had all of it to pay. */
    boolean hasLapsedBy(LocalDate businessDate) {
        return isOpen() && promisedDate.isBefore(businessDate);
    }

    void resolve(PromiseStatus outcome, LocalDate on) {
        if (!isOpen()) {
            throw new IllegalStateException("promise " + id + " is " + status + " already");
        }
        status = outcome;
        resolvedOn = on;
    }

    public UUID id() {
        return id;
    }

    public int number() {
        return number;
    }

    public LocalDate promisedDate() {
        return promisedDate;
    }

    public Money amount() {
        return amount;
    }

    public LocalDate madeOn() {
        return madeOn;
    }

    public Instant madeAt() {
        return madeAt;
    }

    public PromiseStatus status() {
        return status;
    }

    public LocalDate resolvedOn() {
        return resolvedOn;
    }
}
