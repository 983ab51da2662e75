package com.creditline.repayment.plan;

import com.creditline.common.id.CustomerId;
import com.creditline.common.id.PlanId;
import com.creditline.repayment.plan.model.Plan;
import com.creditline.repayment.plan.model.PlanStatus;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Installment plans by id and by customer. */
public interface Plans extends JpaRepository<Plan, PlanId> {

    List<Plan> findByCustomerIdOrderByCaptureDateAscCreatedAtAsc(CustomerId customerId);

    List<Plan> findByCustomerIdAndStatusOrderByCaptureDateAscCreatedAtAsc(CustomerId customerId, PlanStatus status);

    /** The plan's customer, without loading the plan (so it can be loaded after the customer's lock). */
    default Optional<CustomerId> customerOf(PlanId planId) {
        return customerIdOf(planId).map(CustomerId::of);
    }

    /**
     * The text of the plan's customer id: a typed id as the result of a JPQL query would make Spring
     * Data read it as a DTO to construct, so the column is read as it is and typed by {@link #customerOf}.
     */
    @Query(value = "SELECT customer_id FROM plan WHERE plan_id = :#{#planId.value()}", nativeQuery = true)
    Optional<String> customerIdOf(PlanId planId);

    /**
     * Keeps the grade the plan was priced at, for the funders' loan tapes. No rule of the plan reads
     * it, so the plan does not map it: it is written once, as the plan opens.
     */
    @Modifying
    @Query(value = "UPDATE plan SET grade = :grade WHERE plan_id = :#{#planId.value()}", nativeQuery = true)
    void keepGrade(PlanId planId, String grade);
}
