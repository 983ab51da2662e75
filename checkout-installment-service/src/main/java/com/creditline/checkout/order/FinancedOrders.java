package com.creditline.checkout.order;

import com.creditline.checkout.order.model.FinancedOrder;
import com.creditline.common.id.OrderId;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/**
 * Financed orders by order id. The key is the id's text: JPA maps no {@code @Id} through a converter, so the typed id is unwrapped here and nowhere else.
 */
public interface FinancedOrders extends JpaRepository<FinancedOrder, String> {

    default Optional<FinancedOrder> find(OrderId orderId) {
        return findById(orderId.value());
    }

    /** The order, locked until the transaction ends. */
    default Optional<FinancedOrder> lock(OrderId orderId) {
        return lockById(orderId.value());
    }

    @Query("select new com.creditline.common.id.OrderId(o.orderId) from FinancedOrder o"
            + " where o.status = 'AUTHORISING' and o.authorisedAt < :before")
    List<OrderId> findAuthorisingBefore(Instant before);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from FinancedOrder o where o.orderId = :orderId")
    Optional<FinancedOrder> lockById(String orderId);
}
