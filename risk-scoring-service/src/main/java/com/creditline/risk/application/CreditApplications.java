package com.creditline.risk.application;

import com.creditline.common.id.CustomerId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The applications decided so far. */
public interface CreditApplications extends JpaRepository<CreditApplication, UUID> {

    Optional<CreditApplication> findFirstByCustomerIdOrderByDecidedAtDesc(CustomerId customerId);

    /** The customer's applications, the latest decision first, at most {@code limit}. */
    List<CreditApplication> findByCustomerIdOrderByDecidedAtDescIdDesc(CustomerId customerId, Limit limit);

    /** Approved applications whose outcome is not known yet, after the given id, in id order. */
    @Query("select a from CreditApplication a where a.decision = 'APPROVED' and a.outcome is null and a.id > :after"
            + " order by a.id")
    List<CreditApplication> findUnlabelledAfter(UUID after, Limit limit);

    /** How many applications have each outcome (none: approved and not known yet, or declined). */
    @Query("select a.outcome, count(a) from CreditApplication a where a.decision = 'APPROVED' group by a.outcome")
    List<Object[]> countByOutcome();
}
