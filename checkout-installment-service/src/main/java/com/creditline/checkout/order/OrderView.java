package com.creditline.checkout.order;

import com.creditline.checkout.order.model.FinancedOrder;
import com.creditline.checkout.order.model.FinancedPlan;
import com.creditline.common.id.CustomerId;
import com.creditline.common.id.MerchantId;
import com.creditline.common.id.OrderId;
import com.creditline.common.money.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** The shop's and staff's view, with the decision's reasons (told from a partner's by its customer). */
record OrderView(
        OrderId orderId,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) CustomerId customerId,

        @Schema(
                types = {"string", "null"},
                description = "The merchant that sold the goods; absent for the platform's own store.")
        MerchantId merchantId,

        String status,
        String decision,
        List<String> reasons,
        Money amount,
        Money captured,
        Money released,
        Money refunded,
        Money stillHeld,
        Instant authorisedAt,
        List<PlanView> plans)
        implements OrderController.OrderAnswer {

    static OrderView of(FinancedOrder o, List<FinancedPlan> plans) {
        return new OrderView(
                o.orderId(),
                o.customerId(),
                o.merchantId(),
                o.status().name(),
                o.decision().name(),
                o.reasons(),
                o.amount(),
                o.captured(),
                o.released(),
                o.refunded(),
                stillHeld(o),
                o.authorisedAt(),
                plans.stream().map(PlanView::of).toList());
    }

    /** What an order still holds on the line: nothing once it is no longer authorised. */
    static Money stillHeld(FinancedOrder o) {
        return o.status() == FinancedOrder.Status.AUTHORISED || o.status() == FinancedOrder.Status.IN_REVIEW
                ? o.remaining()
                : Money.ZERO;
    }
}
