package com.creditline.repayment.plan;

import com.creditline.repayment.plan.model.Plan;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Installment plans by id and by customer. */
public interface Plans extends JpaRepository<Plan, UUID> {

    List<Plan> findByCustomerIdOrderByCaptureDateAscCreatedAtAsc(String customerId);

    /** The plan's customer, without loading the plan (so it can be loaded after the customer's lock). */
    @Query("select p.customerId from Plan p where p.planId = :planId")
    Optional<String> customerOf(UUID planId);
}
