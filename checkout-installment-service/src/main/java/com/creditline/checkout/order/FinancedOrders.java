package com.creditline.checkout.order;

import com.creditline.checkout.order.model.FinancedOrder;
import com.creditline.common.id.CustomerId;
import com.creditline.common.id.OrderId;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Financed orders by order id. */
public interface FinancedOrders extends JpaRepository<FinancedOrder, OrderId> {

    /** The orders still authorising since before the given time: an authorisation that never finished. */
    @Query("select o from FinancedOrder o where o.status = 'AUTHORISING' and o.authorisedAt < :before")
    List<FinancedOrder> findAuthorisingBefore(Instant before);

    /** The orders in a status, oldest authorisation first: the review queue. */
    List<FinancedOrder> findByStatusOrderByAuthorisedAtAscOrderIdAsc(FinancedOrder.Status status, Limit limit);

    /** A customer's orders, the latest authorisation first, at most {@code limit}. */
    List<FinancedOrder> findByCustomerIdOrderByAuthorisedAtDescOrderIdDesc(CustomerId customerId, Limit limit);

    long countByStatus(FinancedOrder.Status status);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    /** The order, locked until the transaction ends. */
    @Query("select o from FinancedOrder o where o.orderId = :orderId")
    Optional<FinancedOrder> lock(OrderId orderId);
}
