package com.creditline.repayment.plan;

import com.creditline.common.id.CustomerId;
import com.creditline.common.id.OrderId;
import com.creditline.common.id.PlanId;
import com.creditline.common.money.Money;
import com.creditline.repayment.plan.model.Installment;
import com.creditline.repayment.plan.model.Plan;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan as a customer or an agent reads it on a business date: its schedule with what each
 * installment owes and has paid, what is due now, what would pay it off, and any credit balance.
 * A cash draw's or merchant loan's current period owes its interest, now and to pay it off, only for
 * the days elapsed ({@code InterestAccrual}).
 */
public record PlanView(
        PlanId planId,
        OrderId orderId,
        CustomerId customerId,
        String status,
        String method,

        @Schema(description = "What the plan lends for: SHOPPING, CASH (a cash draw) or MERCHANT (a merchant loan).")
        String product,

        @Schema(
                types = {"number", "null"},
                nullable = true,
                description = "A merchant loan repaid from sales: the share of each day's net sales swept to it"
                        + " (0.10 is 10 %). Absent for a plan repaid in fixed installments only.")
        BigDecimal salesSweepShare,

        int installmentCount,
        boolean merchantSubsidised,
        BigDecimal nominalApr,
        LocalDate captureDate,
        LocalDate businessDate,
        Money principal,
        Money outstandingPrincipal,
        Money amountDue,
        Money owedForStartedPeriods,
        Money payoffAmount,
        Money lateFeesCharged,
        Money creditBalance,
        List<InstallmentView> installments) {

    /** One installment: the schedule, what it owes now, what was paid, what is left to pay. */
    public record InstallmentView(
            int number,
            LocalDate periodStart,
            LocalDate dueDate,
            String status,
            Money scheduledPrincipal,
            Money scheduledFee,
            Money principal,
            Money fee,
            Money lateFee,
            Money principalPaid,
            Money feePaid,
            Money lateFeePaid,
            Money amountDue,

            @Schema(
                    types = {"string", "null"},
                    format = "date",
                    nullable = true,
                    description = "Absent until the installment is paid in full.")
            LocalDate settledOn) {

        static InstallmentView of(Installment i) {
            return new InstallmentView(
                    i.number(),
                    i.periodStart(),
                    i.dueDate(),
                    i.status().name(),
                    i.scheduledPrincipal(),
                    i.scheduledFee(),
                    i.principal(),
                    i.fee(),
                    i.lateFee(),
                    i.principalPaid(),
                    i.feePaid(),
                    i.lateFeePaid(),
                    i.unpaid(),
                    i.settledOn());
        }
    }

    public static PlanView of(Plan plan, LocalDate businessDate) {
        return new PlanView(
                plan.id(),
                plan.orderId(),
                plan.customerId(),
                plan.status().name(),
                plan.terms().method().name(),
                plan.terms().product().name(),
                plan.terms().salesSweepShare().orElse(null),
                plan.terms().installmentCount(),
                plan.terms().merchantSubsidised(),
                plan.terms().nominalApr(),
                plan.captureDate(),
                businessDate,
                plan.principal(),
                plan.outstandingPrincipal(),
                plan.amountDue(businessDate),
                plan.dueNow(businessDate),
                plan.payoffAmount(businessDate),
                Money.sum(plan.installments().stream().map(Installment::lateFee).toList()),
                plan.creditBalance().amount(),
                plan.installments().stream().map(InstallmentView::of).toList());
    }
}
