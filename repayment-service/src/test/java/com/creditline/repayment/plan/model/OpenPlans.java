package com.creditline.repayment.plan.model;

import com.creditline.common.id.CustomerId;
import com.creditline.common.id.OrderId;
import com.creditline.common.id.PlanId;
import com.creditline.common.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The shorter way tests open a plan: a shopping plan, repaid in its installments only. */
public final class OpenPlans {

    private OpenPlans() {}

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
                Product.SHOPPING,
                null);
    }
}
