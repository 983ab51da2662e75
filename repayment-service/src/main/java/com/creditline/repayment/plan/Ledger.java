package com.creditline.repayment.plan;

import com.creditline.common.id.PlanId;
import com.creditline.repayment.plan.model.LedgerEntry;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The plans' ledger: every movement of money, in the order it was recorded. */
public interface Ledger extends JpaRepository<LedgerEntry, Long> {

    List<LedgerEntry> findByPlanIdOrderByEntryId(PlanId planId);

    List<LedgerEntry> findByReferenceOrderByEntryId(String reference);

    boolean existsByPlanIdAndReference(PlanId planId, String reference);
}
