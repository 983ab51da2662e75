package com.creditline.checkout.cash;

import com.creditline.checkout.cash.CashPayouts.PayoutInstruction;
import com.creditline.checkout.cash.model.CashDraw;
import com.creditline.checkout.cash.model.CashDrawId;
import com.creditline.checkout.cash.model.CashDrawRequest;
import com.creditline.checkout.order.CreditLineClient;
import com.creditline.checkout.order.CreditLineClient.HoldPlacement;
import com.creditline.checkout.order.CreditLineClient.HoldPurpose;
import com.creditline.checkout.order.CreditLineClient.HoldRelease;
import com.creditline.checkout.order.CreditLineUnavailable;
import com.creditline.common.error.DatabaseRefusal;
import com.creditline.common.error.RuleViolation;
import com.creditline.common.id.OrderId;
import com.creditline.common.time.BusinessClock;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Draws on a line, for either product (a consumer's CASH draw, a merchant's MERCHANT draw): the draw
 * admitted and its plan priced ({@link DrawPricing}), the draw written as REQUESTED, a CASH hold on the line
 * (the draw id is the hold's order id), then, in one transaction, the hold recorded and the payout
 * instructed. The line is called outside any local transaction, after the draw is written: a
 * process dying in between leaves a draw without its hold that {@link #recover} undoes. Idempotent
 * per borrower (the customer, or the merchant's borrower id) and Idempotency-Key.
 */
@Service
class CashDrawing {

    /** A draw, and whether this request made it (false for a replay). */
    record Outcome(CashDraw draw, boolean created) {}

    private final CashDraws draws;
    private final DrawPricing pricing;
    private final CreditLineClient creditLine;
    private final CashPayouts payouts;
    private final BusinessClock clock;
    private final TransactionTemplate transactions;

    CashDrawing(
            CashDraws draws,
            DrawPricing pricing,
            CreditLineClient creditLine,
            CashPayouts payouts,
            BusinessClock clock,
            TransactionTemplate transactions) {
        this.draws = draws;
        this.pricing = pricing;
        this.creditLine = creditLine;
        this.payouts = payouts;
        this.clock = clock;
        this.transactions = transactions;
    }

    Outcome draw(CashDrawRequest request) {
        CashDraw existing = draws.findByCustomerIdAndIdempotencyKey(request.customerId(), request.idempotencyKey())
                .orElse(null);
        if (existing != null) {
            return replay(existing, request);
        }
        DrawPricing.Priced priced = pricing.price(request);
        CashDraw draw = new CashDraw(request, priced.grade(), priced.offer().dailyRate(), clock.now());
        try {
            transactions.executeWithoutResult(tx -> draws.saveAndFlush(draw));
        } catch (DataIntegrityViolationException raced) {
            if (!DatabaseRefusal.isUniqueKeyViolation(raced)) {
                throw raced;
            }
            return replay(
                    draws.findByCustomerIdAndIdempotencyKey(request.customerId(), request.idempotencyKey())
                            .orElseThrow(),
                    request);
        }
        hold(draw);
        return new Outcome(draws.find(draw.drawId()).orElseThrow(), true);
    }

    private void hold(CashDraw draw) {
        HoldRelease release =
                new HoldRelease(draw.customerId(), OrderId.of(draw.drawId().toString()));
        CreditLineClient.Refusal refusal;
        try {
            refusal = creditLine.placeHold(new HoldPlacement(
                    draw.customerId(), OrderId.of(draw.drawId().toString()), draw.amount(), HoldPurpose.CASH));
        } catch (CreditLineUnavailable e) {
            // The hold may be placed with the answer lost: release it and forget the attempt.
            creditLine.releaseHoldQuietly(release);
            forget(draw.drawId());
            throw e;
        }
        if (refusal != null) {
            forget(draw.drawId());
            throw refused(refusal);
        }
        transactions.executeWithoutResult(tx -> {
            CashDraw locked = draws.lock(draw.drawId()).orElseThrow();
            locked.holdPlaced();
            payouts.instruct(new PayoutInstruction(
                    locked.drawId(), locked.bankAccountId(), locked.merchantId(), locked.amount()));
        });
    }

    private void forget(CashDrawId drawId) {
        transactions.executeWithoutResult(tx -> draws.find(drawId).ifPresent(draws::delete));
    }

    private static RuleViolation refused(CreditLineClient.Refusal refusal) {
        return switch (refusal) {
            case CASH_LIMIT_EXCEEDED -> new CashLimitExceeded();
            case BORROWER_CEILING_REACHED -> new BorrowerCeilingReached();
            case CREDIT_LIMIT_EXCEEDED -> new CashHoldRefused("the line's available limit is less than the draw");
            case ACCOUNT_NOT_ACTIVE -> new CashHoldRefused("the line is not active");
            case NO_CREDIT_LINE -> new CashHoldRefused("the borrower has no credit line");
        };
    }

    private static Outcome replay(CashDraw existing, CashDrawRequest request) {
        if (!existing.isSameRequest(request)) {
            throw new CashDrawConflict();
        }
        if (existing.status() == CashDraw.Status.REQUESTED && !existing.isHoldPlaced()) {
            throw new CashDrawInProgress();
        }
        return new Outcome(existing, false);
    }

    /** Undoes a draw whose process died while the line was asked for the hold. */
    void recover(CashDrawId drawId) {
        CashDraw draw = draws.find(drawId).orElse(null);
        if (draw == null || draw.status() != CashDraw.Status.REQUESTED || draw.isHoldPlaced()) {
            return;
        }
        creditLine.releaseHold(new HoldRelease(draw.customerId(), OrderId.of(drawId.toString())));
        transactions.executeWithoutResult(tx -> draws.lock(drawId)
                .filter(d -> d.status() == CashDraw.Status.REQUESTED && !d.isHoldPlaced())
                .ifPresent(draws::delete));
    }
}
