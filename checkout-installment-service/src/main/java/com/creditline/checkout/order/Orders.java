package com.creditline.checkout.order;

import com.creditline.checkout.customer.CustomerProfiles;
import com.creditline.checkout.fraud.DeviceLocation;
import com.creditline.checkout.fraud.FraudCheck;
import com.creditline.checkout.fraud.FraudScreening;
import com.creditline.checkout.pricing.PlanOffer;
import com.creditline.checkout.pricing.Pricing;
import com.creditline.checkout.pricing.PricingMethod;
import com.creditline.common.error.DatabaseRefusal;
import com.creditline.common.error.RuleViolation;
import com.creditline.common.money.Money;
import com.creditline.common.outbox.Outbox;
import com.creditline.common.time.BusinessClock;
import com.creditline.events.checkout.CheckoutTopics;
import com.creditline.events.checkout.OrderAuthorised;
import com.creditline.events.checkout.OrderVoided;
import com.creditline.events.checkout.PlanCreated;
import com.creditline.events.checkout.PlanRefunded;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The life of a financed order. Calls to the credit line happen outside any local transaction (no
 * connection is held while waiting on another service), between a write-ahead record (an
 * AUTHORISING order, a capture intent) and the local change that commits with its event; recovery
 * finishes or undoes what a dying process left in between. Every step is idempotent: per order id, capture id and refund id, here and on
 * the credit line, so a retried request has exactly one effect.
 */
@Service
class Orders {

    /** The cause of a principal reduction that is the customer paying (PrincipalReduced). */
    private static final String REPAYMENT = "REPAYMENT";

    /** An authorisation's outcome, and whether this request made it (false for a replay). */
    record Authorisation(FinancedOrder order, boolean created) {}

    private final FinancedOrders orders;
    private final FinancedPlans plans;
    private final OrderRefunds refunds;
    private final CaptureIntents intents;
    private final CustomerProfiles profiles;
    private final FraudScreening fraud;
    private final CreditLineClient creditLine;
    private final Pricing pricing;
    private final Outbox outbox;
    private final OrderPartners partners;
    private final BusinessClock clock;
    private final TransactionTemplate transactions;

    Orders(
            FinancedOrders orders,
            FinancedPlans plans,
            OrderRefunds refunds,
            CaptureIntents intents,
            CustomerProfiles profiles,
            FraudScreening fraud,
            CreditLineClient creditLine,
            Pricing pricing,
            Outbox outbox,
            OrderPartners partners,
            BusinessClock clock,
            TransactionTemplate transactions) {
        this.orders = orders;
        this.plans = plans;
        this.refunds = refunds;
        this.intents = intents;
        this.profiles = profiles;
        this.fraud = fraud;
        this.creditLine = creditLine;
        this.pricing = pricing;
        this.outbox = outbox;
        this.partners = partners;
        this.clock = clock;
        this.transactions = transactions;
    }

    /**
     * Checks the order for fraud and holds its amount on the line. Idempotent per order id. The
     * order is written as AUTHORISING before the hold is asked for, so that a process dying in
     * between leaves a trace recovery can undo (see {@link #recoverAuthorisation}).
     *
     * @param partnerId the partner placing the order (it needs the customer's active link); null
     *     for the shop
     */
    Authorisation authorise(String orderId, String customerId, Money amount, DeviceLocation device, String partnerId) {
        partners.requireLinked(customerId, partnerId);
        Started started;
        try {
            started = transactions.execute(tx -> start(orderId, customerId, amount, device, partnerId));
        } catch (DataIntegrityViolationException raced) {
            if (!DatabaseRefusal.isUniqueKeyViolation(raced)) {
                throw raced;
            }
            return replay(orders.findById(orderId).orElseThrow(), customerId, amount, partnerId);
        }
        if (started.answer() != null) {
            return started.answer();
        }
        CreditLineClient.Refusal refusal;
        try {
            refusal = creditLine.placeHold(customerId, orderId, amount);
        } catch (CreditLineUnavailable e) {
            // The hold may have been placed before the answer was lost: release it and forget the
            // attempt, so that the shop can retry. If even the release fails, recovery does it.
            creditLine.releaseHoldQuietly(customerId, orderId);
            transactions.executeWithoutResult(tx -> orders.deleteById(orderId));
            throw e;
        }
        if (refusal != null) {
            return settle(orderId, FinancedOrder.Status.DECLINED, "DECLINE", List.of(refusal.name()), device);
        }
        FraudCheck.Assessment assessment = started.assessment();
        FinancedOrder.Status status = assessment.outcome() == FraudCheck.Outcome.REVIEW
                ? FinancedOrder.Status.IN_REVIEW
                : FinancedOrder.Status.AUTHORISED;
        return settle(orderId, status, assessment.outcome().name(), assessment.reasons(), device);
    }

    /**
     * An authorisation begun: either answered already (a replay of the order id, a decline by the
     * fraud check) or written as AUTHORISING with the fraud check's assessment, waiting for the hold.
     */
    private record Started(Authorisation answer, FraudCheck.Assessment assessment) {}

    /**
     * The first step of an authorisation in one transaction: the order id looked up (a replay), the
     * fraud check, and the order written, declined or AUTHORISING.
     */
    private Started start(String orderId, String customerId, Money amount, DeviceLocation device, String partnerId) {
        FinancedOrder existing = orders.findById(orderId).orElse(null);
        if (existing != null) {
            return new Started(replay(existing, customerId, amount, partnerId), null);
        }
        FraudCheck.Assessment assessment = fraud.screen(customerId, amount, device);
        FinancedOrder order = FinancedOrder.decided(
                orderId,
                customerId,
                partnerId,
                amount,
                FinancedOrder.Status.AUTHORISING,
                "PENDING",
                List.of(),
                device == null ? null : device.deviceId(),
                clock.now());
        if (assessment.outcome() != FraudCheck.Outcome.DECLINE) {
            orders.saveAndFlush(order);
            return new Started(null, assessment);
        }
        order.settle(FinancedOrder.Status.DECLINED, "DECLINE", assessment.reasons());
        orders.saveAndFlush(order);
        fraud.remember(customerId, device);
        partners.authorisationDecided(order);
        return new Started(new Authorisation(order, true), assessment);
    }

    private Authorisation settle(
            String orderId, FinancedOrder.Status status, String decision, List<String> reasons, DeviceLocation device) {
        return transactions.execute(tx -> {
            FinancedOrder order = orders.lockById(orderId).orElseThrow(OrderNotFound::new);
            order.settle(status, decision, reasons);
            fraud.remember(order.customerId(), device);
            if (status != FinancedOrder.Status.DECLINED) {
                outbox.append(
                        CheckoutTopics.ORDERS,
                        new OrderAuthorised(order.orderId(), order.customerId(), order.amount()));
            }
            partners.authorisationDecided(order);
            return new Authorisation(order, true);
        });
    }

    /**
     * The same order id again: the first outcome for the same request by the same placer. Someone
     * else's order id is a conflict that does not say whose it is.
     */
    private static Authorisation replay(FinancedOrder existing, String customerId, Money amount, String partnerId) {
        if (!existing.placedBy(partnerId)) {
            throw new OrderIdTaken();
        }
        if (!existing.isSameRequest(customerId, amount)) {
            throw new OrderConflict();
        }
        if (existing.status() == FinancedOrder.Status.AUTHORISING) {
            throw new AuthorisationInProgress();
        }
        return new Authorisation(existing, false);
    }

    /**
     * Undoes an authorisation whose process died while the hold was being placed: the hold (if
     * any) is released and the attempt forgotten, as if the shop had never had an answer.
     */
    void recoverAuthorisation(String orderId) {
        FinancedOrder order = orders.findById(orderId).orElse(null);
        if (order == null || order.status() != FinancedOrder.Status.AUTHORISING) {
            return;
        }
        creditLine.releaseHold(order.customerId(), orderId);
        transactions.executeWithoutResult(tx -> orders.lockById(orderId)
                .filter(o -> o.status() == FinancedOrder.Status.AUTHORISING)
                .ifPresent(orders::delete));
    }

    /**
     * Captures part of an order and starts its plan. Idempotent per capture id. The intent is
     * committed first; then, with the order locked (so that captures and a void of one order are
     * decided one after the other, here and on the line), the line captures and the plan is
     * recorded. A process dying in between leaves the intent for {@link #recoverCapture}; a
     * refusal abandons it.
     */
    FinancedPlan capture(
            String orderId,
            String captureId,
            Money amount,
            PricingMethod method,
            int installmentCount,
            boolean subsidised,
            String partnerId) {
        FinancedOrder order = get(orderId, partnerId);
        FinancedPlan previous = plans.findByCaptureId(captureId).orElse(null);
        if (previous != null) {
            if (!previous.isSameCapture(orderId, amount)) {
                throw new CaptureConflict();
            }
            return previous;
        }
        order.checkCapturable(amount);
        CaptureIntent intent = new CaptureIntent(
                captureId, orderId, amount, method, installmentCount, subsidised, clock.businessDate(), clock.now());
        PlanOffer offer = price(order, intent);
        try {
            transactions.executeWithoutResult(tx -> intents.saveAndFlush(intent));
        } catch (DataIntegrityViolationException raced) {
            if (!DatabaseRefusal.isUniqueKeyViolation(raced)) {
                throw raced;
            }
            throw new CaptureInProgress();
        }
        return captureOnTheLine(intent, offer);
    }

    private PlanOffer price(FinancedOrder order, CaptureIntent intent) {
        return pricing.price(
                intent.amount(),
                profiles.require(order.customerId()).grade(),
                intent.method(),
                intent.installmentCount(),
                intent.merchantSubsidised(),
                intent.captureDate());
    }

    private FinancedPlan captureOnTheLine(CaptureIntent intent, PlanOffer offer) {
        try {
            return transactions.execute(tx -> {
                FinancedOrder locked = orders.lockById(intent.orderId()).orElseThrow(OrderNotFound::new);
                locked.checkCapturable(intent.amount());
                creditLine.captureHold(locked.customerId(), intent.orderId(), intent.captureId(), intent.amount());
                locked.capture(intent.amount());
                FinancedPlan plan = plans.save(
                        new FinancedPlan(intent.captureId(), locked, offer, intent.captureDate(), clock.now()));
                outbox.append(CheckoutTopics.ORDERS, planCreated(plan, locked, offer, intent.captureDate()));
                intents.findById(intent.captureId()).orElseThrow().complete(clock.now());
                partners.orderChanged(locked, "order.captured");
                partners.planCreated(locked, plan, offer);
                return plan;
            });
        } catch (RuleViolation refused) {
            // Nothing was captured (the order or the line said no): the intent is over.
            transactions.executeWithoutResult(
                    tx -> intents.findById(intent.captureId()).ifPresent(i -> i.complete(clock.now())));
            throw refused;
        }
    }

    /** Finishes a capture whose process died after writing its intent: the line, then the plan. */
    void recoverCapture(String captureId) {
        CaptureIntent intent = intents.findById(captureId).orElse(null);
        if (intent == null || intent.completed()) {
            return;
        }
        if (plans.findByCaptureId(captureId).isPresent()) {
            transactions.executeWithoutResult(
                    tx -> intents.findById(captureId).ifPresent(i -> i.complete(clock.now())));
            return;
        }
        FinancedOrder order = orders.findById(intent.orderId()).orElseThrow(OrderNotFound::new);
        captureOnTheLine(intent, price(order, intent));
    }

    private static PlanCreated planCreated(FinancedPlan plan, FinancedOrder order, PlanOffer offer, LocalDate today) {
        return new PlanCreated(
                plan.planId(),
                order.orderId(),
                order.customerId(),
                offer.principal(),
                offer.method().name(),
                offer.installmentCount(),
                offer.merchantSubsidised(),
                offer.nominalApr(),
                today,
                offer.installments().stream()
                        .map(i -> new PlanCreated.ScheduledInstallment(i.number(), i.dueDate(), i.principal(), i.fee()))
                        .toList());
    }

    /**
     * Releases what the order still holds, with the order locked so that a capture in progress
     * finishes first. Voiding a voided order changes nothing.
     */
    FinancedOrder voidOrder(String orderId, String partnerId) {
        return transactions.execute(tx -> {
            FinancedOrder locked =
                    partners.visible(orders.lockById(orderId).orElseThrow(OrderNotFound::new), partnerId);
            if (locked.status() == FinancedOrder.Status.VOIDED) {
                return locked;
            }
            creditLine.releaseHold(locked.customerId(), orderId);
            Money freed = locked.voidRemaining();
            outbox.append(CheckoutTopics.ORDERS, new OrderVoided(orderId, locked.customerId(), freed));
            partners.orderChanged(locked, "order.voided");
            return locked;
        });
    }

    /**
     * Refunds captured money: from the latest plan first, each plan up to its principal not yet
     * refunded; repayment-service shrinks each plan and gives the principal back to the line.
     * Idempotent per refund id.
     */
    FinancedOrder refund(String orderId, String refundId, Money amount, String partnerId) {
        return transactions.execute(tx -> {
            FinancedOrder order = partners.visible(orders.lockById(orderId).orElseThrow(OrderNotFound::new), partnerId);
            OrderRefund previous = refunds.findById(refundId).orElse(null);
            if (previous != null) {
                if (!previous.isSameRequest(orderId, amount)) {
                    throw new RefundConflict();
                }
                return order;
            }
            order.refund(amount);
            refunds.save(new OrderRefund(refundId, orderId, amount, clock.now()));
            List<FinancedPlan> latestFirst = new ArrayList<>(plans.findByOrderIdOrderByCreatedAt(orderId));
            java.util.Collections.reverse(latestFirst);
            Money left = amount;
            for (FinancedPlan plan : latestFirst) {
                Money part = left.min(plan.refundable());
                if (part.isPositive()) {
                    plan.refund(part);
                    outbox.append(
                            CheckoutTopics.ORDERS,
                            new PlanRefunded(
                                    plan.planId(),
                                    UUID.nameUUIDFromBytes((refundId + plan.planId()).getBytes()),
                                    orderId,
                                    order.customerId(),
                                    part,
                                    clock.businessDate()));
                    left = left.minus(part);
                }
            }
            partners.orderChanged(order, "order.refunded");
            return order;
        });
    }

    /** Ops approve an order held for review: it can be captured from now on. */
    FinancedOrder approveReview(String orderId) {
        return transactions.execute(tx -> {
            FinancedOrder order = orders.lockById(orderId).orElseThrow(OrderNotFound::new);
            order.approveReview();
            partners.orderChanged(order, "order.authorised");
            return order;
        });
    }

    /** The credit line released an uncaptured hold after its lifetime. */
    void holdLapsed(String orderId, Money released) {
        orders.lockById(orderId).ifPresent(order -> {
            if (order.lapse(released)) {
                partners.orderChanged(order, "order.lapsed");
            }
        });
    }

    /**
     * Repayment-service took principal off a plan (a repayment or a refund as it applied it). When a
     * repayment leaves none, the plan is paid off, and the partner whose order it is hears of it.
     */
    void principalReduced(UUID planId, Money amount, String cause) {
        plans.findById(planId).ifPresent(plan -> {
            boolean paidOff = plan.reducePrincipal(amount);
            if (paidOff && REPAYMENT.equals(cause)) {
                orders.findById(plan.orderId())
                        .ifPresent(order -> partners.planPaidOff(order, plan, clock.businessDate()));
            }
        });
    }

    /** The order, if the caller may see it (a partner: its own, while the customer's link is active). */
    FinancedOrder get(String orderId, String partnerId) {
        return partners.visible(orders.findById(orderId).orElseThrow(OrderNotFound::new), partnerId);
    }

    /** The order's plans, oldest first; an order never captured has none (and costs no query). */
    List<FinancedPlan> plansOf(FinancedOrder order) {
        return order.captured().isZero() ? List.of() : plans.findByOrderIdOrderByCreatedAt(order.orderId());
    }
}
