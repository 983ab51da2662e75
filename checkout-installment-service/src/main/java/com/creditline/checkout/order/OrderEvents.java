package com.creditline.checkout.order;

import static com.creditline.common.inbox.EventHandler.on;

import com.creditline.common.inbox.EventHandler;
import com.creditline.events.credit.CreditTopics;
import com.creditline.events.credit.HoldLapsed;
import com.creditline.events.repayment.PrincipalReduced;
import com.creditline.events.repayment.RepaymentTopics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the credit line and repayment tell checkout about its orders and plans. */
@Configuration(proxyBeanMethods = false)
class OrderEvents {

    @Bean
    EventHandler<HoldLapsed> lapseOrder(Orders orders) {
        return on(
                CreditTopics.ACCOUNTS, HoldLapsed.class, (e, envelope) -> orders.holdLapsed(e.orderId(), e.released()));
    }

    /** Repayments and refunds reduce a plan's principal; a plan with none left is paid off. */
    @Bean
    EventHandler<PrincipalReduced> reducePlanPrincipal(Orders orders) {
        return on(
                RepaymentTopics.LEDGER,
                PrincipalReduced.class,
                (e, envelope) -> orders.principalReduced(e.planId(), e.amount(), e.cause()));
    }
}
