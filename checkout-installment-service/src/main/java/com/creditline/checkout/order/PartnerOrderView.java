package com.creditline.checkout.order;

import com.creditline.checkout.order.model.FinancedOrder;
import com.creditline.checkout.order.model.FinancedPlan;
import com.creditline.common.id.OrderId;
import com.creditline.common.money.Money;
import java.time.Instant;
import java.util.List;

/**
 * An order as the partner that placed it sees it, in answers and in webhooks: the approval (status,
 * amounts, the order id) and its plans, nothing more. Not the customer id, nor the decision's
 * reasons (fraud signals, the line's refusal), nor anything of the customer's line or grade, nor the
 * merchant's discount (terms between the platform and the merchant).
 */
record PartnerOrderView(
        OrderId orderId,

        String status,
        Money amount,
        Money captured,
        Money released,
        Money refunded,
        Money stillHeld,
        Instant authorisedAt,
        List<PlanView> plans)
        implements OrderController.OrderAnswer {

    static PartnerOrderView of(FinancedOrder o, List<FinancedPlan> plans) {
        return new PartnerOrderView(
                o.orderId(),
                o.status().name(),
                o.amount(),
                o.captured(),
                o.released(),
                o.refunded(),
                OrderView.stillHeld(o),
                o.authorisedAt(),
                plans.stream().map(PlanView::forPartner).toList());
    }
}
