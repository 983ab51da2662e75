package com.creditline.repayment.payment;

import com.creditline.repayment.payment.model.Payment;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Payments received, by id and by the caller's reference. */
interface Payments extends JpaRepository<Payment, UUID> {

    Optional<Payment> findByPaymentReference(String paymentReference);
}
