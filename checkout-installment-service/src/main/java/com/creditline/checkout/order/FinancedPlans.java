package com.creditline.checkout.order;

import com.creditline.checkout.order.model.FinancedPlan;
import com.creditline.common.id.CaptureId;
import com.creditline.common.id.OrderId;
import com.creditline.common.id.PlanId;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Plans started by captures. */
public interface FinancedPlans extends JpaRepository<FinancedPlan, PlanId> {

    Optional<FinancedPlan> findByCaptureId(CaptureId captureId);

    List<FinancedPlan> findByOrderIdOrderByCreatedAt(OrderId orderId);
}
