package com.creditline.checkout.order;

import com.creditline.checkout.fraud.AddressFingerprint;
import com.creditline.checkout.fraud.DeviceLocation;
import com.creditline.checkout.fraud.FraudCheck;
import com.creditline.checkout.fraud.FraudScreening;
import com.creditline.checkout.merchant.MerchantTerms;
import com.creditline.checkout.order.CreditLineClient.HoldPlacement;
import com.creditline.checkout.order.CreditLineClient.HoldRelease;
import com.creditline.checkout.order.model.FinancedOrder;
import com.creditline.checkout.order.model.FinancedOrder.Decision;
import com.creditline.checkout.order.model.OrderRequest;
import com.creditline.common.error.DatabaseRefusal;
import com.creditline.common.id.OrderId;
import com.creditline.common.outbox.Outbox;
import com.creditline.common.time.BusinessClock;
import com.creditline.events.checkout.CheckoutTopics;
import com.creditline.events.checkout.OrderAuthorised;
import com.creditline.events.checkout.OrderDeclinedForFraud;
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
    private final MerchantTerms merchants;
    private final BusinessClock clock;
    private final TransactionTemplate transactions;

    OrderAuthorisation(
            FinancedOrders orders,
            FraudScreening fraud,
            CreditLineClient creditLine,
            Outbox outbox,
            PartnerScoping partners,
            MerchantTerms merchants,
            BusinessClock clock,
            TransactionTemplate transactions) {
        this.orders = orders;
        this.fraud = fraud;
        this.creditLine = creditLine;
        this.outbox = outbox;
        this.partners = partners;
        this.merchants = merchants;
        this.clock = clock;
        this.transactions = transactions;
    }

    /**
     * Checks the order for fraud and holds its amount on the line. A partner placing the order
     * ({@link OrderRequest#partnerId}) needs the customer's active link; an order of a merchant
     * needs the merchant enrolled and ACTIVE (a replay is answered as it was, whatever the merchant's
     * status since).
     */
    Outcome authorise(OrderRequest request, DeviceLocation device, AddressFingerprint address) {
        partners.requireLinked(request.customerId(), request.partnerId());
        OrderId orderId = request.orderId();
        Started started;
        try {
            started = transactions.execute(tx -> start(request, device, address));
        } catch (DataIntegrityViolationException raced) {
            if (!DatabaseRefusal.isUniqueKeyViolation(raced)) {
                throw raced;
            }
            // A twin request wrote the same order id first: answer as its replay.
            return replay(orders.findById(orderId).orElseThrow(), request);
        }
        if (started.answer() != null) {
            return started.answer();
        }
        CreditLineClient.Refusal refusal;
        try {
            refusal = creditLine.placeHold(new HoldPlacement(request.customerId(), orderId, request.amount()));
        } catch (CreditLineUnavailable e) {
            // The hold may have been placed before the answer was lost: release it and forget the
            // attempt, so that the shop can retry. If even the release fails, recovery does it.
            creditLine.releaseHoldQuietly(new HoldRelease(request.customerId(), orderId));
            transactions.executeWithoutResult(tx -> orders.findById(orderId).ifPresent(orders::delete));
            throw e;
        }
        if (refusal != null) {
            return settle(orderId, FinancedOrder.Status.DECLINED, Decision.DECLINE, List.of(refusal.name()), device);
        }
        FraudCheck.Assessment assessment = started.assessment();
        FinancedOrder.Status status = assessment.outcome() == FraudCheck.Outcome.REVIEW
                ? FinancedOrder.Status.IN_REVIEW
                : FinancedOrder.Status.AUTHORISED;
        Decision decision = switch (assessment.outcome()) {
            case APPROVE -> Decision.APPROVE;
            case REVIEW -> Decision.REVIEW;
            case DECLINE -> Decision.DECLINE;
        };
        return settle(orderId, status, decision, assessment.reasons(), device);
    }

    /**
     * An authorisation begun: either answered already (a replay of the order id, a decline by the
     * fraud check) or written as AUTHORISING with the fraud check's assessment, waiting for the hold.
     */
    private record Started(Outcome answer, FraudCheck.Assessment assessment) {}

    /**
     * The first step of an authorisation in one transaction: the order id looked up (a replay), the
     * fraud check, and the order written, declined or AUTHORISING. A decline for fraud is published
     * (OrderDeclinedForFraud) in this transaction, so that credit-limit freezes the line.
     */
    private Started start(OrderRequest request, DeviceLocation device, AddressFingerprint address) {
        FinancedOrder existing = orders.findById(request.orderId()).orElse(null);
        if (existing != null) {
            return new Started(replay(existing, request), null);
        }
        merchants.requireSelling(request.merchantId());
        FraudCheck.Assessment assessment = fraud.screen(request.customerId(), request.amount(), device, address);
        FinancedOrder order =
                FinancedOrder.authorising(request, device == null ? null : device.deviceId(), address, clock.now());
        if (assessment.outcome() != FraudCheck.Outcome.DECLINE) {
            orders.saveAndFlush(order);
            return new Started(null, assessment);
        }
        order.settle(FinancedOrder.Status.DECLINED, Decision.DECLINE, assessment.reasons());
        orders.saveAndFlush(order);
        outbox.append(
                CheckoutTopics.ORDERS,
                new OrderDeclinedForFraud(
                        order.orderId().value(), order.customerId().value(), order.amount(), assessment.reasons()));
        fraud.remember(request.customerId(), device);
        partners.authorisationDecided(order);
        return new Started(new Outcome(order, true), assessment);
    }

    private Outcome settle(
            OrderId orderId,
            FinancedOrder.Status status,
            Decision decision,
            List<String> reasons,
            DeviceLocation device) {
        return transactions.execute(tx -> {
            FinancedOrder order = orders.lock(orderId).orElseThrow(OrderNotFound::new);
            order.settle(status, decision, reasons);
            fraud.remember(order.customerId(), device);
            if (status != FinancedOrder.Status.DECLINED) {
                outbox.append(
                        CheckoutTopics.ORDERS,
                        new OrderAuthorised(
                                order.orderId().value(), order.customerId().value(), order.amount()));
            }
            partners.authorisationDecided(order);
            return new Outcome(order, true);
        });
    }

    /**
     * The same order id again: the first outcome for the same request by the same placer. Someone
     * else's order id is a conflict that does not say whose it is.
     */
    private static Outcome replay(FinancedOrder existing, OrderRequest request) {
        if (!existing.placedBy(request.partnerId())) {
            throw new OrderIdTaken();
        }
        if (!existing.isSameRequest(request)) {
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
    void recover(OrderId orderId) {
        FinancedOrder order = orders.findById(orderId).orElse(null);
        if (order == null || order.status() != FinancedOrder.Status.AUTHORISING) {
            return;
        }
        creditLine.releaseHold(new HoldRelease(order.customerId(), orderId));
        transactions.executeWithoutResult(tx -> orders.lock(orderId)
                .filter(o -> o.status() == FinancedOrder.Status.AUTHORISING)
                .ifPresent(orders::delete));
    }
}
