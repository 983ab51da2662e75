package com.creditline.checkout.order;

import com.creditline.checkout.order.model.FinancedPlan;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Plans started by captures. */
public interface FinancedPlans extends JpaRepository<FinancedPlan, UUID> {

    Optional<FinancedPlan> findByCaptureId(String captureId);

    List<FinancedPlan> findByOrderIdOrderByCreatedAt(String orderId);
}
