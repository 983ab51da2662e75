package com.creditline.checkout.order;

import com.creditline.checkout.order.model.OrderRefund;
import com.creditline.common.id.RefundId;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Refunds by refund id. The key is the id's text: JPA maps no {@code @Id} through a converter, so the typed id is unwrapped here and nowhere else. */
public interface OrderRefunds extends JpaRepository<OrderRefund, String> {

    default Optional<OrderRefund> find(RefundId refundId) {
        return findById(refundId.value());
    }
}
