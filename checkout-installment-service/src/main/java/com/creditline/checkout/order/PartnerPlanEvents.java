package com.creditline.checkout.order;

import com.creditline.checkout.order.model.FinancedPlan;
import com.creditline.checkout.pricing.Installment;
import com.creditline.checkout.pricing.Percent;
import com.creditline.checkout.pricing.PlanOffer;
import com.creditline.common.id.CaptureId;
import com.creditline.common.id.OrderId;
import com.creditline.common.id.PlanId;
import com.creditline.common.money.Money;
import java.time.LocalDate;
import java.util.List;

/** What a partner's webhooks say about the plans of its orders (docs/webhooks.md). */
final class PartnerPlanEvents {

    private PartnerPlanEvents() {}

    /** {@code plan.created}: the plan's terms and its final schedule. */
    record PlanTerms(
            PlanId planId,
            OrderId orderId,
            CaptureId captureId,
            Money principal,
            String method,
            int installmentCount,
            String nominalApr,
            String effectiveApr,
            Money totalFee,
            Money totalCost,
            boolean merchantSubsidised,
            Money merchantFee,
            LocalDate captureDate,
            List<Installment> schedule) {

        static PlanTerms of(FinancedPlan plan, PlanOffer offer) {
            return new PlanTerms(
                    plan.planId(),
                    plan.orderId(),
                    plan.captureId(),
                    offer.principal(),
                    offer.method().name(),
                    offer.installmentCount(),
                    Percent.of(offer.nominalApr()),
                    Percent.of(offer.effectiveApr()),
                    offer.totalFee(),
                    offer.totalCost(),
                    offer.merchantSubsidised(),
                    offer.merchantFee(),
                    plan.captureDate(),
                    offer.installments());
        }
    }

    /** {@code plan.paid_off}: the customer repaid the plan's whole principal. */
    record PlanPaidOff(PlanId planId, OrderId orderId, Money principal, LocalDate businessDate) {}
}
