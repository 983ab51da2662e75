package com.creditline.checkout.order;

import com.creditline.checkout.order.model.FinancedPlan;
import com.creditline.checkout.pricing.Percent;
import com.creditline.common.id.CaptureId;
import com.creditline.common.id.PlanId;
import com.creditline.common.money.Money;
import java.time.LocalDate;

/** A plan an order's capture started, as the shop, staff and the partner that placed the order see it. */
record PlanView(
        PlanId planId,
        CaptureId captureId,
        Money principal,
        Money refunded,
        String method,
        int installmentCount,
        String nominalApr,
        String effectiveApr,
        Money totalFee,
        boolean merchantSubsidised,
        Money merchantFee,
        LocalDate captureDate) {

    static PlanView of(FinancedPlan p) {
        return new PlanView(
                p.planId(),
                p.captureId(),
                p.principal(),
                p.refunded(),
                p.method().name(),
                p.installmentCount(),
                Percent.of(p.nominalApr()),
                Percent.of(p.effectiveApr()),
                p.totalFee(),
                p.merchantSubsidised(),
                p.merchantFee(),
                p.captureDate());
    }
}
