package com.creditline.repayment.payment;

import com.creditline.common.id.CustomerId;
import com.creditline.repayment.payment.model.Payment;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

/** Payments received, by id and by the caller's reference. */
interface Payments extends JpaRepository<Payment, UUID> {

    Optional<Payment> findByPaymentReference(String paymentReference);

    /** The customer's payments, the latest received first, at most {@code limit}. */
    List<Payment> findByCustomerIdOrderByReceivedAtDescPaymentIdDesc(CustomerId customerId, Limit limit);
}
