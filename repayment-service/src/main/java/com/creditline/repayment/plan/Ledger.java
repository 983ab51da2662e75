package com.creditline.repayment.plan;

import com.creditline.repayment.plan.model.LedgerEntry;
import com.creditline.repayment.plan.model.Posting;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** The plans' ledger: every movement of money, in the order it was recorded. */
public interface Ledger extends JpaRepository<LedgerEntry, Long> {

    List<LedgerEntry> findByPlanIdOrderByEntryId(UUID planId);

    List<LedgerEntry> findByReferenceOrderByEntryId(String reference);

    boolean existsByPlanIdAndReference(UUID planId, String reference);

    /** Records what an operation on a plan did, all under one reference and business date. */
    default void record(UUID planId, List<Posting> postings, LocalDate businessDate, String reference, Instant at) {
        saveAll(postings.stream()
                .map(p -> LedgerEntry.of(planId, p, businessDate, reference, at))
                .toList());
    }
}
