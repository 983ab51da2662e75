package com.creditline.repayment.plan.model;

import com.creditline.common.id.CustomerId;
import com.creditline.common.id.OrderId;
import com.creditline.common.id.PlanId;
import com.creditline.common.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The shorter ways tests open a plan: without a sales sweep, and a shopping plan. */
public final class OpenPlans {

    private OpenPlans() {}

    /** A plan repaid in its installments only (no sales sweep). */
    public static OpenPlan installmentsOnly(
            PlanId planId,
            OrderId orderId,
            CustomerId customerId,
            Money principal,
            PricingMethod method,
            boolean merchantSubsidised,
            BigDecimal nominalApr,
            LocalDate captureDate,
            List<ScheduleLine> schedule,
            Product product) {
        return new OpenPlan(
                planId,
                orderId,
                customerId,
                principal,
                method,
                merchantSubsidised,
                nominalApr,
                captureDate,
                schedule,
                product,
                null);
    }

    /** A shopping plan (an order's goods). */
    public static OpenPlan shopping(
            PlanId planId,
            OrderId orderId,
            CustomerId customerId,
            Money principal,
            PricingMethod method,
            boolean merchantSubsidised,
            BigDecimal nominalApr,
            LocalDate captureDate,
            List<ScheduleLine> schedule) {
        return installmentsOnly(
                planId,
                orderId,
                customerId,
                principal,
                method,
                merchantSubsidised,
                nominalApr,
                captureDate,
                schedule,
                Product.SHOPPING);
    }
}
