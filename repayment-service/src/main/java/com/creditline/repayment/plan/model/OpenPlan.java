package com.creditline.repayment.plan.model;

import com.creditline.common.id.CustomerId;
import com.creditline.common.id.OrderId;
import com.creditline.common.id.PlanId;
import com.creditline.common.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Opening a plan as checkout's capture fixed it: the order and customer it finances, the principal,
 * how it was priced, the schedule exactly as given ({@code nominalApr} absent is zero), and what it
 * lends for ({@code product} absent is {@link Product#SHOPPING}), and the share of the merchant's
 * daily net sales swept to a merchant loan ({@code salesSweepShare}, absent for fixed installments).
 */
public record OpenPlan(
        PlanId planId,
        OrderId orderId,
        CustomerId customerId,
        Money principal,
        PricingMethod method,
        boolean merchantSubsidised,
        BigDecimal nominalApr,
        LocalDate captureDate,
        List<ScheduleLine> schedule,
        Product product,
        BigDecimal salesSweepShare) {

    public OpenPlan {
        schedule = List.copyOf(schedule);
        product = product == null ? Product.SHOPPING : product;
    }
}
