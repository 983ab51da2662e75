package com.creditline.creditlimit.account.model;

import com.creditline.common.id.CustomerId;
import com.creditline.common.id.OrderId;
import com.creditline.common.money.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Money an authorised order (or a cash draw) reserves on its customer's line until it is captured
 * (in one or several parts), released by a void, or lapses after its lifetime (30 days by default).
 */
@Entity
@Table(name = "hold")
public class Hold {

    public enum Status {
        OPEN,
        CLOSED,
        LAPSED
    }

    /** What the money is lent for: an order's goods, or cash paid out to the customer's bank account. */
    public enum Purpose {
        PURCHASE,
        CASH
    }

    @Id
    private OrderId orderId;

    private CustomerId customerId;
    private Money amount;
    private Money captured;
    private Money released;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Enumerated(EnumType.STRING)
    private Purpose purpose;

    private LocalDate placedOn;
    private LocalDate expiresOn;
    private Instant placedAt;

    @Version
    private long version;

    protected Hold() {}

    public Hold(PlacingHold placing, LocalDate placedOn, int lifetimeDays, Instant at) {
        this.orderId = placing.orderId();
        this.customerId = placing.customerId();
        this.amount = placing.amount();
        this.captured = Money.ZERO;
        this.released = Money.ZERO;
        this.status = Status.OPEN;
        this.purpose = placing.purpose();
        this.placedOn = placedOn;
        this.expiresOn = placedOn.plusDays(lifetimeDays);
        this.placedAt = at;
    }

    public Money remaining() {
        return amount.minus(captured).minus(released);
    }

    /** Turns part of the hold into principal; the rest stays held. */
    public void capture(Money part) {
        requireOpen();
        if (part.isGreaterThan(remaining())) {
            throw new CaptureExceedsHold(remaining());
        }
        captured = captured.plus(part);
        if (remaining().isZero()) {
            status = Status.CLOSED;
        }
    }

    /** Releases what is still held; returns it. */
    public Money release() {
        requireOpen();
        Money freed = remaining();
        released = released.plus(freed);
        status = Status.CLOSED;
        return freed;
    }

    /** Releases what is still held because the hold outlived its lifetime; returns it. */
    public Money lapse() {
        Money freed = release();
        status = Status.LAPSED;
        return freed;
    }

    /**
     * Whether the hold was released whole, nothing of it captured: its order was voided, or
     * checkout's recovery undid an authorisation whose replica died before it could answer.
     */
    public boolean wasReleasedWhole() {
        return status == Status.CLOSED && captured.isZero();
    }

    /**
     * Holds the order's amount again, as placed anew: after checkout's recovery undid an
     * authorisation (the hold released, the order forgotten), the shop's retry authorises the same
     * order id again. Checkout never places again a hold of a voided order, which it remembers.
     */
    public void placeAnew(LocalDate on, int lifetimeDays, Instant at) {
        if (!wasReleasedWhole()) {
            throw new HoldNotOpen(status);
        }
        released = Money.ZERO;
        status = Status.OPEN;
        placedOn = on;
        expiresOn = on.plusDays(lifetimeDays);
        placedAt = at;
    }

    public boolean isExpiredOn(LocalDate date) {
        return status == Status.OPEN && date.isAfter(expiresOn);
    }

    /**
     * The same order placed again with the same customer, amount and purpose is this hold,
     * unchanged; anything else for the order is a conflict.
     */
    public Hold placedAgain(PlacingHold placing) {
        if (!belongsTo(placing.customerId()) || !amount.equals(placing.amount()) || purpose != placing.purpose()) {
            throw new HoldConflict();
        }
        return this;
    }

    public boolean belongsTo(CustomerId customer) {
        return customerId.equals(customer);
    }

    private void requireOpen() {
        if (status != Status.OPEN) {
            throw new HoldNotOpen(status);
        }
    }

    public OrderId orderId() {
        return orderId;
    }

    public CustomerId customerId() {
        return customerId;
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

    public Status status() {
        return status;
    }

    public Purpose purpose() {
        return purpose;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }
}
