package com.creditline.repayment.plan;

import com.creditline.common.event.EventEnvelope;
import com.creditline.common.id.CustomerId;
import com.creditline.common.id.OrderId;
import com.creditline.common.id.PlanId;
import com.creditline.common.inbox.EventHandler;
import com.creditline.common.money.Money;
import com.creditline.common.time.BusinessClock;
import com.creditline.events.checkout.CheckoutTopics;
import com.creditline.events.checkout.PlanCreated;
import com.creditline.repayment.customer.StandingTracking;
import com.creditline.repayment.funding.PlanFunding;
import com.creditline.repayment.funding.model.PlanToFund;
import com.creditline.repayment.merchant.MerchantBilling;
import com.creditline.repayment.merchant.model.MerchantSale;
import com.creditline.repayment.plan.model.Booking;
import com.creditline.repayment.plan.model.OpenPlan;
import com.creditline.repayment.plan.model.Plan;
import com.creditline.repayment.plan.model.Posting;
import com.creditline.repayment.plan.model.PricingMethod;
import com.creditline.repayment.plan.model.Product;
import com.creditline.repayment.plan.model.ScheduleLine;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Starts a plan, with its schedule exactly as checkout fixed it, when a capture (or a cash draw, a
 * merchant loan paid out) created one, and books its opening: a shopping plan's principal is owed to
 * the merchant, a cash draw's or merchant loan's left the holders' bank accounts ({@code Product#opening}).
 */
@Component
class PlanOpening implements EventHandler<PlanCreated> {

    private static final Logger log = LoggerFactory.getLogger(PlanOpening.class);

    private final Plans plans;
    private final Bookkeeping bookkeeping;
    private final PlanFunding funding;
    private final MerchantBilling merchants;
    private final StandingTracking standingTracking;
    private final BusinessClock clock;

    PlanOpening(
            Plans plans,
            Bookkeeping bookkeeping,
            PlanFunding funding,
            MerchantBilling merchants,
            StandingTracking standingTracking,
            BusinessClock clock) {
        this.plans = plans;
        this.bookkeeping = bookkeeping;
        this.funding = funding;
        this.merchants = merchants;
        this.standingTracking = standingTracking;
        this.clock = clock;
    }

    @Override
    public String topic() {
        return CheckoutTopics.ORDERS;
    }

    @Override
    public Class<PlanCreated> eventClass() {
        return PlanCreated.class;
    }

    @Override
    public void handle(PlanCreated created, EventEnvelope envelope) {
        if (plans.existsById(PlanId.of(created.planId()))) {
            log.info("plan {} exists already; PlanCreated {} ignored", created.planId(), envelope.eventId());
            return;
        }
        Plan plan = plans.saveAndFlush(Plan.open(opening(created), clock.now()));
        plans.keepGrade(plan.id(), created.grade());
        funding.fund(new PlanToFund(
                plan.id(),
                plan.principal(),
                created.grade(),
                created.installments().stream()
                        .map(PlanCreated.ScheduledInstallment::principal)
                        .toList(),
                Money.sum(created.installments().stream()
                                .map(PlanCreated.ScheduledInstallment::fee)
                                .toList())
                        .plus(created.merchantSubsidy()),
                plan.captureDate()));
        String reference = "order:" + plan.orderId();
        bookkeeping.record(
                new Booking(plan.id(), plan.captureDate(), reference, clock.now()),
                List.of(new Posting(null, plan.terms().product().opening(), plan.principal())));
        if (created.merchantId() != null) {
            merchants.sold(
                    plan.id(),
                    created.merchantId(),
                    new MerchantSale(plan.principal(), created.merchantDiscount(), created.merchantSubsidy()),
                    plan.captureDate(),
                    reference,
                    clock.now());
        }
        standingTracking.ensure(plan.customerId());
        log.info(
                "{} plan {} started for customer {}: {} CNY in {} installments",
                plan.terms().product(),
                plan.id(),
                plan.customerId(),
                plan.principal(),
                plan.terms().installmentCount());
    }

    /** Checkout's event in the plan's terms: typed ids, the pricing method, the schedule as given. */
    private static OpenPlan opening(PlanCreated created) {
        return new OpenPlan(
                PlanId.of(created.planId()),
                OrderId.of(created.orderId()),
                CustomerId.of(created.customerId()),
                created.principal(),
                PricingMethod.valueOf(created.method()),
                created.merchantSubsidised(),
                created.nominalApr(),
                created.captureDate(),
                created.installments().stream()
                        .map(i -> new ScheduleLine(i.number(), i.dueDate(), i.principal(), i.fee()))
                        .toList(),
                Product.valueOf(created.product()),
                created.salesSweepShare());
    }
}
