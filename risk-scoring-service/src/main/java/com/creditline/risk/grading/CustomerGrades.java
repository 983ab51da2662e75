package com.creditline.risk.grading;

import com.creditline.common.id.CustomerId;
import com.creditline.risk.grading.model.CustomerGrade;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CustomerGrades extends JpaRepository<CustomerGrade, CustomerId> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select g from CustomerGrade g where g.customerId = :customerId")
    Optional<CustomerGrade> lock(CustomerId customerId);
}
