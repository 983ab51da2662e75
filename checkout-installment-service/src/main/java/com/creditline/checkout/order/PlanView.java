package com.creditline.checkout.order;

import com.creditline.checkout.order.model.FinancedPlan;
import com.creditline.checkout.pricing.Percent;
import com.creditline.common.id.CaptureId;
import com.creditline.common.id.PlanId;
import com.creditline.common.money.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
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

        @Schema(
                types = {"number", "null"},
                description = "The merchant's discount rate (MDR) at capture, a fraction; absent for the platform's"
                        + " own store.")
        BigDecimal merchantDiscountRate,

        @Schema(
                description = "What the merchant's discount rate keeps back of the principal (HALF_UP to the fen);"
                        + " zero for the platform's own store.")
        Money merchantDiscount,

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
                p.merchantDiscountRate(),
                p.merchantDiscount(),
                p.captureDate());
    }
}
