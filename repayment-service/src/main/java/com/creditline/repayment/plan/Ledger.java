package com.creditline.repayment.plan;

import com.creditline.common.id.PlanId;
import com.creditline.repayment.plan.model.Booking;
import com.creditline.repayment.plan.model.LedgerEntry;
import com.creditline.repayment.plan.model.Posting;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The plans' ledger: every movement of money, in the order it was recorded. */
public interface Ledger extends JpaRepository<LedgerEntry, Long> {

    List<LedgerEntry> findByPlanIdOrderByEntryId(PlanId planId);

    List<LedgerEntry> findByReferenceOrderByEntryId(String reference);

    boolean existsByPlanIdAndReference(PlanId planId, String reference);

    /** Records what an operation on a plan did, all under one booking (reference and business date). */
    default void record(Booking booking, List<Posting> postings) {
        saveAll(postings.stream().map(p -> LedgerEntry.of(booking, p)).toList());
    }
}
