package com.creditline.creditlimit.account.model;

import com.creditline.common.id.CaptureId;
import com.creditline.common.id.OrderId;
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
    private CaptureId captureId;

    private OrderId orderId;
    private Money amount;
    private Instant capturedAt;

    protected HoldCapture() {}

    public HoldCapture(CapturingHold capturing, Instant at) {
        this.captureId = capturing.captureId();
        this.orderId = capturing.orderId();
        this.amount = capturing.amount();
        this.capturedAt = at;
    }

    /** The same capture sent again changes nothing; its id reused for another order or amount is a conflict. */
    public void repeatedBy(CapturingHold capturing) {
        if (!orderId.equals(capturing.orderId()) || !amount.equals(capturing.amount())) {
            throw new CaptureConflict();
        }
    }
}
