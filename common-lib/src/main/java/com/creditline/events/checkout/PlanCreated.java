package com.creditline.events.checkout;

import com.creditline.common.event.CustomerEvent;
import com.creditline.common.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A capture turned held money into principal and started a plan. The schedule is final: each
 * installment's due date, principal part and fee part (fees are the service fee or the interest,
 * whatever the pricing method). Principal parts sum exactly to {@code principal}.
 *
 * @param method PAY_IN_FULL, FLAT_MONTHLY_FEE, EQUAL_INSTALLMENT or EQUAL_PRINCIPAL
 * @param merchantSubsidised true when the merchant pays the fees and the customer's fees are zero
 * @param nominalApr the customer's nominal APR (monthly IRR x 12), as a fraction (0.1234)
 * @param grade the customer's grade the plan was priced at (A-E); absent in events of older versions
 * @param merchantId the enrolled merchant that sold the goods; absent when the seller is the platform's
 *     own store (or in events of older versions)
 * @param merchantDiscount what the merchant's discount rate keeps back from the merchant's payable
 * @param merchantSubsidy the fees the merchant pays in the customer's place on a subsidised plan
 * @param product what the plan lends for: SHOPPING (an order's goods, the default when absent), CASH
 *     (a cash draw paid to the customer's bank account) or MERCHANT (a merchant loan); cash and
 *     merchant plans accrue interest by the day, so paying early costs interest only for the days used
 * @param salesSweepShare for a merchant loan repaid from its sales, the share of each day's net sales
 *     swept to it (the schedule's installments are then the minimum per period); absent for plans
 *     repaid in fixed installments
 */
public record PlanCreated(
        UUID planId,
        String orderId,
        String customerId,
        Money principal,
        String method,
        int installmentCount,
        boolean merchantSubsidised,
        BigDecimal nominalApr,
        LocalDate captureDate,
        List<ScheduledInstallment> installments,
        String grade,
        String merchantId,
        Money merchantDiscount,
        Money merchantSubsidy,
        String product,
        BigDecimal salesSweepShare)
        implements CustomerEvent {

    /** The product of plans of events older than products. */
    public static final String SHOPPING = "SHOPPING";

    public PlanCreated {
        product = product == null ? SHOPPING : product;
        merchantDiscount = merchantDiscount == null ? Money.ZERO : merchantDiscount;
        merchantSubsidy = merchantSubsidy == null ? Money.ZERO : merchantSubsidy;
    }

    /** One installment of the schedule. */
    public record ScheduledInstallment(int number, LocalDate dueDate, Money principal, Money fee) {}

    @Override
    public String aggregateId() {
        return planId.toString();
    }
}
