package com.creditline.checkout.order;

import com.creditline.checkout.order.model.FinancedOrder;
import com.creditline.checkout.order.model.FinancedPlan;
import com.creditline.common.id.CustomerId;
import com.creditline.common.id.OrderId;
import com.creditline.common.id.PartnerId;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads an order and its plans for a caller: the shop and staff see every order, a partner its own. */
@Service
class OrderReading {

    private final FinancedOrders orders;
    private final FinancedPlans plans;
    private final PartnerScoping partners;

    OrderReading(FinancedOrders orders, FinancedPlans plans, PartnerScoping partners) {
        this.orders = orders;
        this.plans = plans;
        this.partners = partners;
    }

    /** The order, if the caller may see it (a partner: its own, while the customer's link is active). */
    FinancedOrder get(OrderId orderId, PartnerId partnerId) {
        return partners.visible(orders.findById(orderId).orElseThrow(OrderNotFound::new), partnerId);
    }

    /** The customer's orders with their plans, the latest first, at most {@code limit} (for the shop and staff). */
    @Transactional(readOnly = true)
    List<OrderView> customerOrders(CustomerId customerId, int limit) {
        return orders.findByCustomerIdOrderByAuthorisedAtDescOrderIdDesc(customerId, Limit.of(limit)).stream()
                .map(o -> OrderView.of(o, plansOf(o)))
                .toList();
    }

    /** The order's plans, oldest first; an order never captured has none (and costs no query). */
    List<FinancedPlan> plansOf(FinancedOrder order) {
        return order.captured().isZero() ? List.of() : plans.findByOrderIdOrderByCreatedAt(order.orderId());
    }
}
