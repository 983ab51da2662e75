package com.creditline.checkout.order;

import com.creditline.checkout.order.model.FinancedOrder;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Financed orders by order id. */
public interface FinancedOrders extends JpaRepository<FinancedOrder, String> {

    @Query("select o.orderId from FinancedOrder o where o.status = 'AUTHORISING' and o.authorisedAt < :before")
    List<String> findAuthorisingBefore(Instant before);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from FinancedOrder o where o.orderId = :orderId")
    Optional<FinancedOrder> lockById(String orderId);
}
