package com.creditline.checkout.order;

import com.creditline.checkout.order.model.FinancedPlan;
import com.creditline.checkout.pricing.Percent;
import com.creditline.common.id.CaptureId;
import com.creditline.common.id.PlanId;
import com.creditline.common.money.Money;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A plan an order's capture started, as the shop, staff and the partner that placed the order see it;
 * a partner without the merchant's discount, which is between the platform and the merchant.
 */
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
                        + " own store, and to partners.")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        BigDecimal merchantDiscountRate,

        @Schema(
                types = {"object", "null"},
                description = "What the merchant's discount rate keeps back of the principal (HALF_UP to the fen);"
                        + " zero for the platform's own store, absent to partners.")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Money merchantDiscount,

        LocalDate captureDate) {

    static PlanView of(FinancedPlan p) {
        return of(p, p.merchantDiscountRate(), p.merchantDiscount());
    }

    /** A partner's view: the merchant's discount left out. */
    static PlanView forPartner(FinancedPlan p) {
        return of(p, null, null);
    }

    private static PlanView of(FinancedPlan p, BigDecimal merchantDiscountRate, Money merchantDiscount) {
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
                merchantDiscountRate,
                merchantDiscount,
                p.captureDate());
    }
}
