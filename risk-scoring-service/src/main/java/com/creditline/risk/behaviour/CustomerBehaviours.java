package com.creditline.risk.behaviour;

import com.creditline.common.id.CustomerId;
import com.creditline.risk.behaviour.model.CustomerBehaviour;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CustomerBehaviours extends JpaRepository<CustomerBehaviour, String> {

    default Optional<CustomerBehaviour> find(CustomerId customerId) {
        return findById(customerId.value());
    }

    @Query("select b from CustomerBehaviour b where b.pendingRescore = true order by b.customerId")
    List<CustomerBehaviour> findPendingRescore(Pageable page);
}
