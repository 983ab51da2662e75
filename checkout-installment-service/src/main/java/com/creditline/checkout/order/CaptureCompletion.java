package com.creditline.checkout.order;

import com.creditline.checkout.order.CreditLineClient.HoldCapture;
import com.creditline.checkout.order.model.CaptureIntent;
import com.creditline.checkout.order.model.FinancedOrder;
import com.creditline.checkout.order.model.FinancedPlan;
import com.creditline.checkout.pricing.Grade;
import com.creditline.checkout.pricing.PlanOffer;
import com.creditline.checkout.webhook.model.WebhookEventType;
import com.creditline.common.error.RuleViolation;
import com.creditline.common.id.CaptureId;
import com.creditline.common.outbox.Outbox;
import com.creditline.common.time.BusinessClock;
import com.creditline.events.checkout.CheckoutTopics;
import com.creditline.events.checkout.PlanCreated;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Completes a capture whose intent is written: with the order locked (so that captures and a void
 * of one order are decided one after the other, here and on the line), the line captures, the
 * plan is recorded with its {@code PlanCreated} event and the intent is closed, all in one local
 * transaction. A refusal (of the order or the line) closes the intent: nothing was captured.
 */
@Service
class CaptureCompletion {

    private final FinancedOrders orders;
    private final FinancedPlans plans;
    private final CaptureIntents intents;
    private final CreditLineClient creditLine;
    private final Outbox outbox;
    private final PartnerScoping partners;
    private final BusinessClock clock;
    private final TransactionTemplate transactions;

    CaptureCompletion(
            FinancedOrders orders,
            FinancedPlans plans,
            CaptureIntents intents,
            CreditLineClient creditLine,
            Outbox outbox,
            PartnerScoping partners,
            BusinessClock clock,
            TransactionTemplate transactions) {
        this.orders = orders;
        this.plans = plans;
        this.intents = intents;
        this.creditLine = creditLine;
        this.outbox = outbox;
        this.partners = partners;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** Captures on the line and records the plan priced as {@code offer}. */
    FinancedPlan complete(CaptureIntent intent, PlanOffer offer, Grade grade) {
        try {
            return transactions.execute(tx -> {
                FinancedOrder locked = orders.lock(intent.orderId()).orElseThrow(OrderNotFound::new);
                locked.checkCapturable(intent.amount());
                creditLine.captureHold(
                        new HoldCapture(locked.customerId(), intent.orderId(), intent.captureId(), intent.amount()));
                locked.capture(intent.amount());
                FinancedPlan plan = plans.save(new FinancedPlan(
                        intent.captureId(),
                        locked,
                        offer,
                        intent.merchantDiscountRate(),
                        intent.captureDate(),
                        clock.now()));
                outbox.append(CheckoutTopics.ORDERS, planCreated(plan, locked, offer, grade, intent.captureDate()));
                intents.findById(intent.captureId()).orElseThrow().complete(clock.now());
                partners.orderChanged(locked, WebhookEventType.ORDER_CAPTURED);
                partners.planCreated(locked, plan, offer);
                return plan;
            });
        } catch (RuleViolation refused) {
            // Nothing was captured (the order or the line said no): the intent is over.
            close(intent.captureId());
            throw refused;
        }
    }

    /** Closes the intent, in its own transaction: the capture is over, whether or not it happened. */
    void close(CaptureId captureId) {
        transactions.executeWithoutResult(tx -> intents.findById(captureId).ifPresent(i -> i.complete(clock.now())));
    }

    private static PlanCreated planCreated(
            FinancedPlan plan, FinancedOrder order, PlanOffer offer, Grade grade, LocalDate today) {
        return new PlanCreated(
                plan.planId().value(),
                order.orderId().value(),
                order.customerId().value(),
                offer.principal(),
                offer.method().name(),
                offer.installmentCount(),
                offer.merchantSubsidised(),
                offer.nominalApr(),
                today,
                offer.installments().stream()
                        .map(i -> new PlanCreated.ScheduledInstallment(i.number(), i.dueDate(), i.principal(), i.fee()))
                        .toList(),
                grade.name(),
                plan.merchantId() == null ? null : plan.merchantId().value(),
                plan.merchantDiscount(),
                offer.merchantFee(),
                PlanCreated.SHOPPING,
                null);
    }
}
