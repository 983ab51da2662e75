package com.creditline.checkout.order;

import com.creditline.checkout.order.model.FinancedPlan;
import com.creditline.common.id.CaptureId;
import com.creditline.common.id.OrderId;
import com.creditline.common.id.PlanId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Plans started by captures. The key is the id's text: JPA maps no {@code @Id} through a converter, so the typed id is unwrapped here and nowhere else.
 */
public interface FinancedPlans extends JpaRepository<FinancedPlan, UUID> {

    default Optional<FinancedPlan> find(PlanId planId) {
        return findById(planId.value());
    }

    Optional<FinancedPlan> findByCaptureId(CaptureId captureId);

    List<FinancedPlan> findByOrderIdOrderByCreatedAt(OrderId orderId);
}
