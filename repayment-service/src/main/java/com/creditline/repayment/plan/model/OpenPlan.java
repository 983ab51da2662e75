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
 * how it was priced, and the schedule exactly as given ({@code nominalApr} absent is zero).
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
        List<ScheduleLine> schedule) {

    public OpenPlan {
        schedule = List.copyOf(schedule);
    }
}
