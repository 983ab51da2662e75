package com.creditline.checkout.order;

import com.creditline.common.event.EventEnvelope;
import com.creditline.common.id.PlanId;
import com.creditline.common.inbox.EventHandler;
import com.creditline.common.time.BusinessClock;
import com.creditline.events.repayment.PrincipalReduced;
import com.creditline.events.repayment.RepaymentTopics;
import org.springframework.stereotype.Component;

/**
 * Repayment-service took principal off a plan (a repayment, or a refund as it applied it). When a
 * repayment leaves none, the plan is paid off, and the partner whose order it is hears of it.
 */
@Component
class PlanPayoffTracking implements EventHandler<PrincipalReduced> {

    /** The cause of a principal reduction that is the customer paying. */
    private static final String REPAYMENT = "REPAYMENT";

    private final FinancedPlans plans;
    private final FinancedOrders orders;
    private final PartnerScoping partners;
    private final BusinessClock clock;

    PlanPayoffTracking(FinancedPlans plans, FinancedOrders orders, PartnerScoping partners, BusinessClock clock) {
        this.plans = plans;
        this.orders = orders;
        this.partners = partners;
        this.clock = clock;
    }

    @Override
    public String topic() {
        return RepaymentTopics.LEDGER;
    }

    @Override
    public Class<PrincipalReduced> eventClass() {
        return PrincipalReduced.class;
    }

    @Override
    public void handle(PrincipalReduced reduced, EventEnvelope envelope) {
        plans.findById(PlanId.of(reduced.planId())).ifPresent(plan -> {
            boolean paidOff = plan.reducePrincipal(reduced.amount());
            if (paidOff && REPAYMENT.equals(reduced.cause())) {
                orders.findById(plan.orderId())
                        .ifPresent(order -> partners.planPaidOff(order, plan, clock.businessDate()));
            }
        });
    }
}
