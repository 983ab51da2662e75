package com.creditline.checkout.order;

import com.creditline.checkout.order.model.FinancedOrder;
import com.creditline.checkout.order.model.OrderRefund;
import com.creditline.checkout.order.model.RefundRequest;
import com.creditline.checkout.webhook.model.WebhookEventType;
import com.creditline.common.id.OrderId;
import com.creditline.common.id.PartnerId;
import com.creditline.common.id.PlanId;
import com.creditline.common.outbox.Outbox;
import com.creditline.common.time.BusinessClock;
import com.creditline.events.checkout.CheckoutTopics;
import com.creditline.events.checkout.PlanRefunded;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Refunds captured money. The order spreads the refund over its plans ({@link
 * FinancedOrder#refund}); each plan's part goes to repayment-service as a {@code PlanRefunded},
 * which shrinks the plan and gives the principal back to the line. Idempotent per refund id.
 */
@Service
class OrderRefunding {

    private final FinancedOrders orders;
    private final FinancedPlans plans;
    private final OrderRefunds refunds;
    private final Outbox outbox;
    private final PartnerScoping partners;
    private final BusinessClock clock;
    private final TransactionTemplate transactions;

    OrderRefunding(
            FinancedOrders orders,
            FinancedPlans plans,
            OrderRefunds refunds,
            Outbox outbox,
            PartnerScoping partners,
            BusinessClock clock,
            TransactionTemplate transactions) {
        this.orders = orders;
        this.plans = plans;
        this.refunds = refunds;
        this.outbox = outbox;
        this.partners = partners;
        this.clock = clock;
        this.transactions = transactions;
    }

    /**
     * Refunds part of the order, with the order locked; the same refund id again changes nothing.
     *
     * @param partnerId the partner acting (its own orders only); null for the shop and staff
     */
    FinancedOrder refund(RefundRequest request, PartnerId partnerId) {
        OrderId orderId = request.orderId();
        return transactions.execute(tx -> {
            FinancedOrder order = partners.visible(orders.lock(orderId).orElseThrow(OrderNotFound::new), partnerId);
            OrderRefund previous = refunds.findById(request.refundId()).orElse(null);
            if (previous != null) {
                if (!previous.isSameRequest(request)) {
                    throw new RefundConflict();
                }
                return order;
            }
            List<FinancedOrder.PlanRefund> parts =
                    order.refund(request.amount(), plans.findByOrderIdOrderByCreatedAt(orderId));
            refunds.save(new OrderRefund(request, clock.now()));
            for (FinancedOrder.PlanRefund part : parts) {
                PlanId planId = part.plan().planId();
                outbox.append(
                        CheckoutTopics.ORDERS,
                        new PlanRefunded(
                                planId.value(),
                                // Derived: a refund of a plan carries the same id whenever it is told.
                                UUID.nameUUIDFromBytes((request.refundId().value() + planId.value()).getBytes()),
                                orderId.value(),
                                order.customerId().value(),
                                part.amount(),
                                clock.businessDate()));
            }
            partners.orderChanged(order, WebhookEventType.ORDER_REFUNDED);
            return order;
        });
    }
}
