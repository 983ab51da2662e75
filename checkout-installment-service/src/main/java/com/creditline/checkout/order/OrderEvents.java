package com.creditline.checkout.order;

import static com.creditline.common.inbox.EventHandler.on;

import com.creditline.common.inbox.EventHandler;
import com.creditline.events.credit.CreditTopics;
import com.creditline.events.credit.HoldLapsed;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the credit line tells checkout about its orders. */
@Configuration(proxyBeanMethods = false)
class OrderEvents {

    @Bean
    EventHandler<HoldLapsed> lapseOrder(Orders orders) {
        return on(
                CreditTopics.ACCOUNTS, HoldLapsed.class, (e, envelope) -> orders.holdLapsed(e.orderId(), e.released()));
    }
}
