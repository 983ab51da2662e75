package com.creditline.checkout.order;

import com.creditline.checkout.order.model.FinancedOrder;
import com.creditline.checkout.webhook.model.WebhookEventType;
import com.creditline.common.id.OrderId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Ops decide an order the fraud check held for review: approved, it can be captured; rejected, it is voided. */
@Service
class OrderReview {

    private final FinancedOrders orders;
    private final OrderVoiding voiding;
    private final PartnerScoping partners;
    private final TransactionTemplate transactions;

    OrderReview(
            FinancedOrders orders, OrderVoiding voiding, PartnerScoping partners, TransactionTemplate transactions) {
        this.orders = orders;
        this.voiding = voiding;
        this.partners = partners;
        this.transactions = transactions;
    }

    FinancedOrder decide(OrderId orderId, boolean approve) {
        return approve ? approve(orderId) : voiding.voidOrder(orderId, null);
    }

    private FinancedOrder approve(OrderId orderId) {
        return transactions.execute(tx -> {
            FinancedOrder order = orders.lock(orderId).orElseThrow(OrderNotFound::new);
            order.approveReview();
            partners.orderChanged(order, WebhookEventType.ORDER_AUTHORISED);
            return order;
        });
    }
}
