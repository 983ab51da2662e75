package com.creditline.repayment.plan;

import com.creditline.common.event.EventEnvelope;
import com.creditline.common.id.CustomerId;
import com.creditline.common.id.PlanId;
import com.creditline.common.inbox.EventHandler;
import com.creditline.common.outbox.Outbox;
import com.creditline.common.time.BusinessClock;
import com.creditline.events.checkout.CheckoutTopics;
import com.creditline.events.checkout.PlanRefunded;
import com.creditline.events.repayment.PrincipalReduced;
import com.creditline.events.repayment.RepaymentTopics;
import com.creditline.repayment.customer.StandingTracking;
import com.creditline.repayment.customer.model.Arrears;
import com.creditline.repayment.customer.model.CustomerStanding;
import com.creditline.repayment.merchant.MerchantBilling;
import com.creditline.repayment.plan.model.Booking;
import com.creditline.repayment.plan.model.Plan;
import com.creditline.repayment.plan.model.PrincipalReduction;
import com.creditline.repayment.plan.model.RefundSettlement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Applies a refund after capture to its plan: less principal, smaller future fees, and a credit
 * balance when the refund is more than the plan owes. The refunded principal goes back to the
 * customer's credit line (PrincipalReduced, cause REFUND).
 */
@Component
class PlanRefunding implements EventHandler<PlanRefunded> {

    private static final Logger log = LoggerFactory.getLogger(PlanRefunding.class);

    private final Plans plans;
    private final Ledger ledger;
    private final Bookkeeping bookkeeping;
    private final MerchantBilling merchants;
    private final StandingTracking standingTracking;
    private final Outbox outbox;
    private final BusinessClock clock;

    PlanRefunding(
            Plans plans,
            Ledger ledger,
            Bookkeeping bookkeeping,
            MerchantBilling merchants,
            StandingTracking standingTracking,
            Outbox outbox,
            BusinessClock clock) {
        this.plans = plans;
        this.ledger = ledger;
        this.bookkeeping = bookkeeping;
        this.merchants = merchants;
        this.standingTracking = standingTracking;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public String topic() {
        return CheckoutTopics.ORDERS;
    }

    @Override
    public Class<PlanRefunded> eventClass() {
        return PlanRefunded.class;
    }

    @Override
    public void handle(PlanRefunded refunded, EventEnvelope envelope) {
        PlanId planId = PlanId.of(refunded.planId());
        CustomerId customerId = plans.customerOf(planId).orElse(null);
        if (customerId == null) {
            log.warn("refund {} names unknown plan {}; ignored", refunded.refundId(), refunded.planId());
            return;
        }
        CustomerStanding standing = standingTracking.lock(customerId);
        String reference = "refund:" + refunded.refundId();
        if (ledger.existsByPlanIdAndReference(planId, reference)) {
            log.info("refund {} was applied already; ignored", reference);
            return;
        }
        Plan plan = plans.findById(planId).orElseThrow(PlanNotFound::new);
        var today = clock.businessDate();
        Arrears before = standingTracking.arrears(customerId, today);
        RefundSettlement settlement = plan.refund(refunded.amount(), refunded.businessDate());
        bookkeeping.record(
                new Booking(plan.id(), refunded.businessDate(), reference, clock.now()), settlement.postings());
        merchants.refunded(plan.id(), refunded.amount(), refunded.businessDate(), reference, clock.now());
        standingTracking.arrearsChanged(standing, before, today);
        if (settlement.principalRefunded().isPositive()) {
            outbox.append(
                    RepaymentTopics.LEDGER,
                    new PrincipalReduced(
                            customerId.value(),
                            plan.id().value(),
                            settlement.principalRefunded(),
                            PrincipalReduction.REFUND.name(),
                            plan.terms().product().name()));
        }
        log.info(
                "refund {} on plan {}: principal {} CNY, credit balance {} CNY{}",
                reference,
                plan.id(),
                settlement.principalRefunded(),
                settlement.creditBalance(),
                settlement.closedPlan() ? ", plan closed" : "");
    }
}
