package com.creditline.checkout.order;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Financed orders by order id. */
public interface FinancedOrders extends JpaRepository<FinancedOrder, String> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from FinancedOrder o where o.orderId = :orderId")
    Optional<FinancedOrder> lockById(String orderId);
}
