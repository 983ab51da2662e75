package com.creditline.risk.application;

import com.creditline.common.id.CustomerId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** The applications decided so far. */
public interface CreditApplications extends JpaRepository<CreditApplication, UUID> {

    Optional<CreditApplication> findFirstByCustomerIdOrderByDecidedAtDesc(CustomerId customerId);
}
