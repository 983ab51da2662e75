package com.creditline.collections.cases;

import com.creditline.collections.cases.model.CaseStatus;
import com.creditline.collections.cases.model.CollectionCase;
import com.creditline.collections.cases.model.PromiseStatus;
import com.creditline.common.id.CustomerId;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Collections cases, by id and by customer. */
public interface CollectionCases extends JpaRepository<CollectionCase, UUID> {

    Optional<CollectionCase> findFirstByCustomerIdAndStatusIn(CustomerId customerId, Collection<CaseStatus> statuses);

    /**
     * The customer's case still being worked: the open one, or the charged-off one that further
     * delinquency figures and payments belong to. A database constraint allows one at most.
     */
    default Optional<CollectionCase> findActive(CustomerId customerId) {
        return findFirstByCustomerIdAndStatusIn(customerId, List.of(CaseStatus.OPEN, CaseStatus.CHARGED_OFF));
    }

    /** Whether the customer's loans were charged off: their case being worked is CHARGED_OFF. */
    default boolean isChargedOff(CustomerId customerId) {
        return findActive(customerId)
                .filter(c -> c.status() == CaseStatus.CHARGED_OFF)
                .isPresent();
    }

    List<CollectionCase> findByCustomerIdOrderByOpenedOnDesc(CustomerId customerId);

    /** Whether the customer has a case holding figures newer than {@code date}. */
    boolean existsByCustomerIdAndAsOfAfter(CustomerId customerId, LocalDate date);

    @Query("select distinct c.id from CollectionCase c join c.promises p"
            + " where c.status = :caseStatus and p.status = :promiseStatus and p.promisedDate < :businessDate")
    List<UUID> findWithPromiseDatedBefore(LocalDate businessDate, CaseStatus caseStatus, PromiseStatus promiseStatus);

    /** Open cases whose open promise to pay is dated before the business date. */
    default List<UUID> findWithLapsedPromise(LocalDate businessDate) {
        return findWithPromiseDatedBefore(businessDate, CaseStatus.OPEN, PromiseStatus.OPEN);
    }
}
