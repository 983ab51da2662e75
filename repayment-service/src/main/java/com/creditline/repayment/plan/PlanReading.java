package com.creditline.repayment.plan;

import com.creditline.common.id.CustomerId;
import com.creditline.common.id.PlanId;
import com.creditline.common.time.BusinessClock;
import com.creditline.repayment.plan.model.LedgerEntry;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads plans into views inside one read-only transaction (the installments load lazily). */
@Service
@Transactional(readOnly = true)
class PlanReading {

    private final Plans plans;
    private final Ledger ledger;
    private final BusinessClock clock;

    PlanReading(Plans plans, Ledger ledger, BusinessClock clock) {
        this.plans = plans;
        this.ledger = ledger;
        this.clock = clock;
    }

    PlanView plan(PlanId planId) {
        return PlanView.of(plans.findById(planId).orElseThrow(PlanNotFound::new), clock.businessDate());
    }

    List<PlanView> customerPlans(CustomerId customerId) {
        LocalDate today = clock.businessDate();
        return plans.findByCustomerIdOrderByCaptureDateAscCreatedAtAsc(customerId).stream()
                .map(p -> PlanView.of(p, today))
                .toList();
    }

    List<LedgerEntry> ledger(PlanId planId) {
        if (!plans.existsById(planId)) {
            throw new PlanNotFound();
        }
        return ledger.findByPlanIdOrderByEntryId(planId);
    }
}
