package com.creditline.checkout.order;

import com.creditline.checkout.fraud.DeviceLocation;
import com.creditline.checkout.fraud.FraudCheck;
import com.creditline.checkout.fraud.FraudScreening;
import com.creditline.checkout.order.model.FinancedOrder;
import com.creditline.common.error.DatabaseRefusal;
import com.creditline.common.money.Money;
import com.creditline.common.outbox.Outbox;
import com.creditline.common.time.BusinessClock;
import com.creditline.events.checkout.CheckoutTopics;
import com.creditline.events.checkout.OrderAuthorised;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Authorises an order: the fraud check, then a hold of its amount on the customer's line. The call
 * to the line happens outside any local transaction (no connection is held while waiting on
 * another service), after the order is written as AUTHORISING: a process dying in between leaves
 * a trace that {@link #recover} undoes. Idempotent per order id, here and on the line.
 */
@Service
class OrderAuthorisation {

    /** An authorisation's outcome, and whether this request made it (false for a replay). */
    record Outcome(FinancedOrder order, boolean created) {}

    private final FinancedOrders orders;
    private final FraudScreening fraud;
    private final CreditLineClient creditLine;
    private final Outbox outbox;
    private final PartnerScoping partners;
    private final BusinessClock clock;
    private final TransactionTemplate transactions;

    OrderAuthorisation(
            FinancedOrders orders,
            FraudScreening fraud,
            CreditLineClient creditLine,
            Outbox outbox,
            PartnerScoping partners,
            BusinessClock clock,
            TransactionTemplate transactions) {
        this.orders = orders;
        this.fraud = fraud;
        this.creditLine = creditLine;
        this.outbox = outbox;
        this.partners = partners;
        this.clock = clock;
        this.transactions = transactions;
    }

    /**
     * Checks the order for fraud and holds its amount on the line.
     *
     * @param partnerId the partner placing the order (it needs the customer's active link); null
     *     for the shop
     */
    Outcome authorise(String orderId, String customerId, Money amount, DeviceLocation device, String partnerId) {
        partners.requireLinked(customerId, partnerId);
        Started started;
        try {
            started = transactions.execute(tx -> start(orderId, customerId, amount, device, partnerId));
        } catch (DataIntegrityViolationException raced) {
            if (!DatabaseRefusal.isUniqueKeyViolation(raced)) {
                throw raced;
            }
            // A twin request wrote the same order id first: answer as its replay.
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
    private record Started(Outcome answer, FraudCheck.Assessment assessment) {}

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
        return new Started(new Outcome(order, true), assessment);
    }

    private Outcome settle(
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
            return new Outcome(order, true);
        });
    }

    /**
     * The same order id again: the first outcome for the same request by the same placer. Someone
     * else's order id is a conflict that does not say whose it is.
     */
    private static Outcome replay(FinancedOrder existing, String customerId, Money amount, String partnerId) {
        if (!existing.placedBy(partnerId)) {
            throw new OrderIdTaken();
        }
        if (!existing.isSameRequest(customerId, amount)) {
            throw new OrderConflict();
        }
        if (existing.status() == FinancedOrder.Status.AUTHORISING) {
            throw new AuthorisationInProgress();
        }
        return new Outcome(existing, false);
    }

    /**
     * Undoes an authorisation whose process died while the hold was being placed: the hold (if
     * any) is released and the attempt forgotten, as if the shop had never had an answer.
     */
    void recover(String orderId) {
        FinancedOrder order = orders.findById(orderId).orElse(null);
        if (order == null || order.status() != FinancedOrder.Status.AUTHORISING) {
            return;
        }
        creditLine.releaseHold(order.customerId(), orderId);
        transactions.executeWithoutResult(tx -> orders.lockById(orderId)
                .filter(o -> o.status() == FinancedOrder.Status.AUTHORISING)
                .ifPresent(orders::delete));
    }
}
