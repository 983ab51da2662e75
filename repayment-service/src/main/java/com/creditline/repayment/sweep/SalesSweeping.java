package com.creditline.repayment.sweep;

import com.creditline.common.event.EventEnvelope;
import com.creditline.common.id.CustomerId;
import com.creditline.common.inbox.EventHandler;
import com.creditline.common.money.Money;
import com.creditline.common.time.BusinessClock;
import com.creditline.events.risk.MerchantSalesReported;
import com.creditline.events.risk.RiskTopics;
import com.creditline.repayment.customer.StandingTracking;
import com.creditline.repayment.payment.RepaymentTaking;
import com.creditline.repayment.payment.model.TakePayment;
import com.creditline.repayment.plan.Plans;
import com.creditline.repayment.plan.model.Plan;
import com.creditline.repayment.plan.model.PlanStatus;
import com.creditline.repayment.sweep.model.SalesSweep;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sweeps a share of each day's net sales a merchant reports to its active loans repaid from sales,
 * oldest first, each as a payment through {@link RepaymentTaking} (the waterfall, ledger, journal,
 * PrincipalReduced). Charged-off and closed plans are never swept: a recovery is an explicit payment.
 */
@Component
class SalesSweeping implements EventHandler<MerchantSalesReported> {

    private static final Logger log = LoggerFactory.getLogger(SalesSweeping.class);

    private final Plans plans;
    private final StandingTracking standingTracking;
    private final RepaymentTaking taking;
    private final JdbcClient jdbc;
    private final BusinessClock clock;

    SalesSweeping(
            Plans plans,
            StandingTracking standingTracking,
            RepaymentTaking taking,
            JdbcClient jdbc,
            BusinessClock clock) {
        this.plans = plans;
        this.standingTracking = standingTracking;
        this.taking = taking;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String topic() {
        return RiskTopics.DECISIONS;
    }

    @Override
    public Class<MerchantSalesReported> eventClass() {
        return MerchantSalesReported.class;
    }

    @Override
    @Transactional
    public void handle(MerchantSalesReported reported, EventEnvelope envelope) {
        CustomerId borrower = CustomerId.of(reported.customerId());
        if (!hasSweptPlans(borrower)) {
            return;
        }
        standingTracking.lock(borrower);
        LocalDate today = clock.businessDate();
        for (Plan plan :
                plans.findByCustomerIdAndStatusOrderByCaptureDateAscCreatedAtAsc(borrower, PlanStatus.ACTIVE)) {
            if (plan.terms().salesSweepShare().isEmpty()) {
                continue;
            }
            BigDecimal share = plan.terms().salesSweepShare().get();
            Money sweep = SalesSweep.amount(
                    share,
                    reported.netSales(),
                    sweptBefore(plan, reported.merchantId(), reported.salesDate()),
                    plan.payoffAmount(today));
            if (!sweep.isPositive()) {
                continue;
            }
            String reference = SalesSweep.reference(
                    reported.merchantId(),
                    reported.salesDate(),
                    reported.revision(),
                    plan.id().value().toString());
            taking.pay(new TakePayment(plan.id(), reference, sweep));
            log.info(
                    "swept {} CNY of {}'s sales of {} (revision {}) to plan {}",
                    sweep,
                    reported.merchantId(),
                    reported.salesDate(),
                    reported.revision(),
                    plan.id());
        }
    }

    private boolean hasSweptPlans(CustomerId borrower) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM plan WHERE customer_id = ? AND status = 'ACTIVE'"
                        + " AND sales_sweep_share IS NOT NULL)")
                .param(borrower.value())
                .query(Boolean.class)
                .single();
    }

    /** What the day's earlier reports already swept to the plan, whatever their revision. */
    private Money sweptBefore(Plan plan, String merchantId, LocalDate salesDate) {
        String prefix = SalesSweep.dayPrefix(merchantId, salesDate).replaceAll("([\\\\%_])", "\\\\$1");
        return Money.of(jdbc.sql("SELECT coalesce(sum(amount), 0) FROM payment WHERE plan_id = ?"
                        + " AND payment_reference LIKE ? ESCAPE '\\'")
                .params(plan.id().value(), prefix + "%")
                .query(BigDecimal.class)
                .single());
    }
}
