package com.creditline.repayment.customer;

import com.creditline.common.id.CustomerId;
import com.creditline.repayment.customer.model.CustomerStanding;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Customers' standings. */
interface CustomerStandings extends JpaRepository<CustomerStanding, CustomerId> {

    @Modifying
    @Query(
            value =
                    "INSERT INTO customer_standing (customer_id) VALUES (:#{#customerId.value()}) ON CONFLICT (customer_id) DO NOTHING",
            nativeQuery = true)
    void createIfMissing(CustomerId customerId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from CustomerStanding s where s.customerId = :customerId")
    Optional<CustomerStanding> findForUpdate(CustomerId customerId);
}
