package com.creditline.risk.behaviour;

import com.creditline.common.id.CustomerId;
import com.creditline.risk.behaviour.model.CustomerBehaviour;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CustomerBehaviours extends JpaRepository<CustomerBehaviour, CustomerId> {

    /**
     * Claims the customers due a look from the behaviour score on a business date: their behaviour
     * changed since the last look, their line opened before that date, and they were not looked at
     * on it already (once a day at most). Rows another replica holds are skipped.
     */
    @Query(
            value = "SELECT * FROM customer_behaviour WHERE pending_rescore AND line_opened_on < :today"
                    + " AND (rescored_on IS NULL OR rescored_on < :today)"
                    + " ORDER BY customer_id LIMIT :batch FOR UPDATE SKIP LOCKED",
            nativeQuery = true)
    List<CustomerBehaviour> claimDue(LocalDate today, int batch);

    /**
     * The customer's behaviour, locked until the transaction ends: an event applied to it waits for
     * the behaviour score's claim instead of failing on the version that claim changes.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from CustomerBehaviour b where b.customerId = :customerId")
    Optional<CustomerBehaviour> lock(CustomerId customerId);
}
