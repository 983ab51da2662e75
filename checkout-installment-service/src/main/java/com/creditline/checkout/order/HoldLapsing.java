package com.creditline.checkout.order;

import com.creditline.checkout.webhook.model.WebhookEventType;
import com.creditline.common.event.EventEnvelope;
import com.creditline.common.id.OrderId;
import com.creditline.common.inbox.EventHandler;
import com.creditline.events.credit.CreditTopics;
import com.creditline.events.credit.HoldLapsed;
import org.springframework.stereotype.Component;

/** The credit line released an uncaptured hold after its lifetime: the order no longer holds it. */
@Component
class HoldLapsing implements EventHandler<HoldLapsed> {

    private final FinancedOrders orders;
    private final PartnerScoping partners;

    HoldLapsing(FinancedOrders orders, PartnerScoping partners) {
        this.orders = orders;
        this.partners = partners;
    }

    @Override
    public String topic() {
        return CreditTopics.ACCOUNTS;
    }

    @Override
    public Class<HoldLapsed> eventClass() {
        return HoldLapsed.class;
    }

    @Override
    public void handle(HoldLapsed lapsed, EventEnvelope envelope) {
        orders.lock(OrderId.of(lapsed.orderId())).ifPresent(order -> {
            if (order.lapse(lapsed.released())) {
                partners.orderChanged(order, WebhookEventType.ORDER_LAPSED);
            }
        });
    }
}
