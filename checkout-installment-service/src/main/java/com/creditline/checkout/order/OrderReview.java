package com.creditline.checkout.order;

import com.creditline.checkout.order.model.FinancedOrder;
import com.creditline.checkout.order.model.ReviewDecision;
import com.creditline.checkout.webhook.model.WebhookEventType;
import com.creditline.common.id.OrderId;
import com.creditline.common.time.BusinessClock;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Officers work the orders the fraud check held for review: the queue, oldest first, and the
 * decision, kept on the order with the officer and the reason. Approved, the order can be captured;
 * refused, its hold is released and it is voided, in the same transaction as the decision.
 */
@Service
class OrderReview {

    /** An officer's decision on one order. */
    record DecidingReview(OrderId orderId, boolean approve, String officer, String reason) {}

    /** The oldest orders waiting, and how many wait in all. */
    record Queue(List<FinancedOrder> oldest, long waiting) {}

    private final FinancedOrders orders;
    private final OrderVoiding voiding;
    private final PartnerScoping partners;
    private final BusinessClock clock;
    private final TransactionTemplate transactions;

    OrderReview(
            FinancedOrders orders,
            OrderVoiding voiding,
            PartnerScoping partners,
            BusinessClock clock,
            TransactionTemplate transactions) {
        this.orders = orders;
        this.voiding = voiding;
        this.partners = partners;
        this.clock = clock;
        this.transactions = transactions;
    }

    Queue queue(int limit) {
        return transactions.execute(tx -> new Queue(
                orders.findByStatusOrderByAuthorisedAtAscOrderIdAsc(FinancedOrder.Status.IN_REVIEW, Limit.of(limit)),
                orders.countByStatus(FinancedOrder.Status.IN_REVIEW)));
    }

    FinancedOrder decide(DecidingReview deciding) {
        return transactions.execute(tx -> {
            FinancedOrder order = orders.lock(deciding.orderId()).orElseThrow(OrderNotFound::new);
            order.decideReview(
                    new ReviewDecision(deciding.approve(), deciding.officer(), deciding.reason(), clock.now()));
            if (!deciding.approve()) {
                return voiding.voidOrder(deciding.orderId(), null);
            }
            partners.orderChanged(order, WebhookEventType.ORDER_AUTHORISED);
            return order;
        });
    }
}
