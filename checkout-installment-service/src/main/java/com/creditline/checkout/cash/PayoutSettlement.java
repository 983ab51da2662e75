package com.creditline.checkout.cash;

import com.creditline.checkout.cash.model.CashDraw;
import com.creditline.checkout.cash.model.CashDrawId;
import com.creditline.checkout.cash.model.CashOffer;
import com.creditline.checkout.cash.model.CashPricing;
import com.creditline.checkout.order.CreditLineClient;
import com.creditline.checkout.order.CreditLineClient.HoldCapture;
import com.creditline.checkout.order.CreditLineClient.HoldRelease;
import com.creditline.common.id.CaptureId;
import com.creditline.common.id.OrderId;
import com.creditline.common.id.PlanId;
import com.creditline.common.money.Money;
import com.creditline.common.outbox.Outbox;
import com.creditline.common.time.BusinessClock;
import com.creditline.events.checkout.CheckoutTopics;
import com.creditline.events.checkout.PlanCreated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The payout's answer and what follows from it. The answer is recorded first, in its own
 * transaction (once: a second answer is refused); then, with the draw locked, the line captures the
 * whole hold and the plan opens with its {@code PlanCreated} (product CASH or MERCHANT, as the draw) in the outbox, or the
 * line releases the hold and the draw is FAILED. Both calls to the line are idempotent per draw, so
 * recovery can settle again a draw whose process died in between.
 */
@Service
class PayoutSettlement {

    private static final Logger log = LoggerFactory.getLogger(PayoutSettlement.class);

    private final CashDraws draws;
    private final CreditLineClient creditLine;
    private final Outbox outbox;
    private final BusinessClock clock;
    private final TransactionTemplate transactions;

    PayoutSettlement(
            CashDraws draws,
            CreditLineClient creditLine,
            Outbox outbox,
            BusinessClock clock,
            TransactionTemplate transactions) {
        this.draws = draws;
        this.creditLine = creditLine;
        this.outbox = outbox;
        this.clock = clock;
        this.transactions = transactions;
    }

    /**
     * A provider's answer: recorded, then settled. When the line cannot settle now, the draw stays
     * REQUESTED with its answer recorded and recovery settles it.
     */
    CashDraw answer(CashDrawId drawId, boolean paid, String reason) {
        transactions.executeWithoutResult(tx -> record(drawId, paid, reason));
        try {
            return settle(drawId);
        } catch (RuntimeException e) {
            log.warn("a draw's payout answer is recorded, its settlement is left to recovery: {}", e.toString());
            return draws.find(drawId).orElseThrow(CashDrawNotFound::new);
        }
    }

    /** Records the answer in the caller's transaction. */
    void record(CashDrawId drawId, boolean paid, String reason) {
        CashDraw draw = draws.lock(drawId).orElseThrow(CashDrawNotFound::new);
        draw.recordPayout(paid, reason, clock.businessDate(), clock.now());
    }

    /** Captures or releases the hold by the recorded answer; a settled draw is left as it is. */
    CashDraw settle(CashDrawId drawId) {
        return transactions.execute(tx -> {
            CashDraw draw = draws.lock(drawId).orElseThrow(CashDrawNotFound::new);
            if (!draw.awaitsSettlement()) {
                return draw;
            }
            OrderId holdId = OrderId.of(drawId.toString());
            if (Boolean.TRUE.equals(draw.payoutPaid())) {
                creditLine.captureHold(
                        new HoldCapture(draw.customerId(), holdId, CaptureId.of(drawId.toString()), draw.amount()));
                CashOffer plan = CashPricing.schedule(
                        draw.amount(), draw.dailyRate(), draw.method(), draw.installmentCount(), draw.payoutDate());
                PlanId planId = PlanId.random();
                draw.paid(planId, plan.nominalApr(), clock.now());
                outbox.append(CheckoutTopics.ORDERS, planCreated(draw, planId, plan));
            } else {
                creditLine.releaseHold(new HoldRelease(draw.customerId(), holdId));
                draw.failed(clock.now());
            }
            return draw;
        });
    }

    private static PlanCreated planCreated(CashDraw draw, PlanId planId, CashOffer plan) {
        return new PlanCreated(
                planId.value(),
                draw.drawId().toString(),
                draw.customerId().value(),
                plan.principal(),
                plan.method().name(),
                plan.installmentCount(),
                false,
                plan.nominalApr(),
                draw.payoutDate(),
                plan.installments().stream()
                        .map(i -> new PlanCreated.ScheduledInstallment(i.number(), i.dueDate(), i.principal(), i.fee()))
                        .toList(),
                draw.grade().name(),
                // PlanCreated's merchant is the seller of subsidised goods, billed by repayment: a
                // merchant loan's borrower is its customer id, so the merchant stays absent here.
                null,
                Money.ZERO,
                Money.ZERO,
                draw.product().name(),
                draw.salesSweepShare());
    }
}
