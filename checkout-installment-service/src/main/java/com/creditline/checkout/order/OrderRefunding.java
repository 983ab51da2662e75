package com.creditline.checkout.order;

import com.creditline.checkout.order.model.FinancedOrder;
import com.creditline.checkout.order.model.OrderRefund;
import com.creditline.common.money.Money;
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
     * Refunds {@code amount} of the order, with the order locked; the same refund id again changes
     * nothing.
     *
     * @param partnerId the partner acting (its own orders only); null for the shop and staff
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
            List<FinancedOrder.PlanRefund> parts = order.refund(amount, plans.findByOrderIdOrderByCreatedAt(orderId));
            refunds.save(new OrderRefund(refundId, orderId, amount, clock.now()));
            for (FinancedOrder.PlanRefund part : parts) {
                UUID planId = part.plan().planId();
                outbox.append(
                        CheckoutTopics.ORDERS,
                        new PlanRefunded(
                                planId,
                                // Derived: a refund of a plan carries the same id whenever it is told.
                                UUID.nameUUIDFromBytes((refundId + planId).getBytes()),
                                orderId,
                                order.customerId(),
                                part.amount(),
                                clock.businessDate()));
            }
            partners.orderChanged(order, "order.refunded");
            return order;
        });
    }
}
