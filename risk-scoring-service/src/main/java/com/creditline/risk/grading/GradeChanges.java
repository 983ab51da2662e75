package com.creditline.risk.grading;

import com.creditline.common.id.CustomerId;
import com.creditline.risk.grading.model.GradeChange;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface GradeChanges extends JpaRepository<GradeChange, UUID> {

    List<GradeChange> findByCustomerIdOrderByChangedAtDesc(CustomerId customerId);
}
