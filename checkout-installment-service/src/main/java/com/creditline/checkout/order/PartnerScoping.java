package com.creditline.checkout.order;

import com.creditline.checkout.order.model.FinancedOrder;
import com.creditline.checkout.order.model.FinancedPlan;
import com.creditline.checkout.partner.PartnerLinking;
import com.creditline.checkout.pricing.PlanOffer;
import com.creditline.checkout.webhook.WebhookQueueing;
import com.creditline.checkout.webhook.model.WebhookEventType;
import com.creditline.common.id.CustomerId;
import com.creditline.common.id.PartnerId;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Keeps partners to their own orders and tells them of changes. A partner reaches a customer only through the customer's active
 * link to it, and an order only if it placed it and that link is still active: anything else is
 * not found, exactly as if it did not exist. It hears about its orders and their plans through
 * its webhooks, in the transaction of each change, and only while the link is active.
 *
 * <p>{@code partnerId} is the partner acting; null for the shop and staff, who are not scoped.
 */
@Component
class PartnerScoping {

    private final PartnerLinking consents;
    private final WebhookQueueing webhooks;
    private final FinancedPlans plans;

    PartnerScoping(PartnerLinking consents, WebhookQueueing webhooks, FinancedPlans plans) {
        this.consents = consents;
        this.webhooks = webhooks;
        this.plans = plans;
    }

    /** A partner quotes and authorises only for a customer linked to it. */
    void requireLinked(CustomerId customerId, PartnerId partnerId) {
        if (partnerId != null) {
            consents.requireLinked(customerId, partnerId);
        }
    }

    /** The order, if the caller may see it; otherwise {@link OrderNotFound}. */
    FinancedOrder visible(FinancedOrder order, PartnerId partnerId) {
        if (partnerId != null && (!order.placedBy(partnerId) || !consents.isLinked(order.customerId(), partnerId))) {
            throw new OrderNotFound();
        }
        return order;
    }

    /** Tells the partner that placed the order about a change of it (inside the change's transaction). */
    void orderChanged(FinancedOrder order, WebhookEventType type) {
        if (isToldAbout(order)) {
            webhooks.enqueue(
                    order.partnerId(),
                    type,
                    PartnerOrderView.of(order, plans.findByOrderIdOrderByCreatedAt(order.orderId())));
        }
    }

    /** The order's authorisation was decided: authorised, held for review, or declined. */
    void authorisationDecided(FinancedOrder order) {
        WebhookEventType type = switch (order.status()) {
            case AUTHORISED -> WebhookEventType.ORDER_AUTHORISED;
            case IN_REVIEW -> WebhookEventType.ORDER_IN_REVIEW;
            case DECLINED -> WebhookEventType.ORDER_DECLINED;
            default -> throw new IllegalStateException("not a decided authorisation: " + order.status());
        };
        orderChanged(order, type);
    }

    void planCreated(FinancedOrder order, FinancedPlan plan, PlanOffer offer) {
        if (isToldAbout(order)) {
            webhooks.enqueue(
                    order.partnerId(), WebhookEventType.PLAN_CREATED, PartnerPlanEvents.PlanTerms.of(plan, offer));
        }
    }

    void planPaidOff(FinancedOrder order, FinancedPlan plan, LocalDate businessDate) {
        if (isToldAbout(order)) {
            webhooks.enqueue(
                    order.partnerId(),
                    WebhookEventType.PLAN_PAID_OFF,
                    new PartnerPlanEvents.PlanPaidOff(plan.planId(), order.orderId(), plan.principal(), businessDate));
        }
    }

    /** A partner's order whose customer still lets the partner see it. */
    private boolean isToldAbout(FinancedOrder order) {
        return order.isPartnerOrder() && consents.isLinked(order.customerId(), order.partnerId());
    }
}
