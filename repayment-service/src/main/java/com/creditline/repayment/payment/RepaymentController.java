package com.creditline.repayment.payment;

import com.creditline.common.money.Money;
import com.creditline.common.security.Access;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Payments against a plan. The payment reference is the idempotency key: the same request again
 * answers 200 with the first answer; the same reference with a different plan or amount is 409.
 */
@RestController
@RequestMapping("/api/v1/repayments")
class RepaymentController {

    private final RepaymentTaking repaymentTaking;

    RepaymentController(RepaymentTaking repaymentTaking) {
        this.repaymentTaking = repaymentTaking;
    }

    record MakePayment(
            @NotNull UUID planId,
            @NotBlank @Size(max = 100) String paymentReference,
            @NotNull @PositiveAmount Money amount) {}

    @PostMapping
    @PreAuthorize(Access.REPAYMENTS_WRITE)
    ResponseEntity<PaymentView> pay(@Valid @RequestBody MakePayment request) {
        RepaymentTaking.Outcome outcome =
                repaymentTaking.pay(request.planId(), request.paymentReference(), request.amount());
        PaymentView payment = outcome.payment();
        if (outcome.replayed()) {
            return ResponseEntity.ok(payment);
        }
        return ResponseEntity.created(URI.create("/api/v1/repayments/" + payment.paymentId()))
                .body(payment);
    }

    @GetMapping("/{paymentId}")
    @PreAuthorize(Access.CUSTOMER_READ)
    PaymentView payment(@PathVariable UUID paymentId) {
        return repaymentTaking.payment(paymentId);
    }
}
