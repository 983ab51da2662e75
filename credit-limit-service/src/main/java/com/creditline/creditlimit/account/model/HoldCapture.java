package com.creditline.creditlimit.account.model;

import com.creditline.common.money.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One capture of a hold, recorded by its id so that a retried capture has no second effect. */
@Entity
@Table(name = "hold_capture")
public class HoldCapture {

    @Id
    private String captureId;

    private String orderId;
    private Money amount;
    private Instant capturedAt;

    protected HoldCapture() {}

    public HoldCapture(String captureId, String orderId, Money amount, Instant at) {
        this.captureId = captureId;
        this.orderId = orderId;
        this.amount = amount;
        this.capturedAt = at;
    }

    public boolean isSameRequest(String orderId, Money amount) {
        return this.orderId.equals(orderId) && this.amount.equals(amount);
    }
}
