package com.creditline.collections.outreach;

import com.creditline.collections.outreach.model.CaseAssignment;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Who holds each case of the work queue that anyone ever claimed or was assigned. */
interface CaseAssignments extends JpaRepository<CaseAssignment, UUID> {}
