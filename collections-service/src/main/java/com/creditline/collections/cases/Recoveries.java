package com.creditline.collections.cases;

import com.creditline.collections.cases.model.Recovery;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Payments booked as recoveries after a charge-off. */
public interface Recoveries extends JpaRepository<Recovery, UUID> {

    List<Recovery> findByCaseIdOrderByReceivedOn(UUID caseId);
}
