package com.creditline.checkout.order.model;

import com.creditline.common.id.CustomerId;
import com.creditline.common.id.OrderId;
import com.creditline.common.id.PartnerId;
import com.creditline.common.money.Money;
import java.time.Instant;
import java.util.List;

/** Orders as tests need them: authorised (approved, with its reasons) for customer {@code c-1}. */
public final class OrderFixtures {

    private OrderFixtures() {}

    /** An approved order; {@code partnerId} null for one the shop placed. */
    public static FinancedOrder authorised(
            String orderId, String partnerId, Money amount, List<String> reasons, Instant at) {
        FinancedOrder order = FinancedOrder.authorising(
                new OrderRequest(
                        OrderId.of(orderId),
                        CustomerId.of("c-1"),
                        partnerId == null ? null : PartnerId.of(partnerId),
                        amount),
                "dev-1",
                null,
                at);
        order.settle(FinancedOrder.Status.AUTHORISED, FinancedOrder.Decision.APPROVE, reasons);
        return order;
    }
}
