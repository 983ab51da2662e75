package com.creditline.repayment.payment;

import com.creditline.common.id.CustomerId;
import com.creditline.common.id.PlanId;
import com.creditline.common.money.Money;
import com.creditline.common.security.Access;
import com.creditline.repayment.RepaymentAccess;
import com.creditline.repayment.payment.model.TakePayment;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Payments against a plan. The payment reference is the idempotency key: the same request again
 * answers 200 with the first answer; the same reference with a different plan or amount is 409.
 */
@Tag(name = "Repayments", description = "Payments against a plan, allocated by the waterfall.")
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
            @NotNull @PositiveAmount Money amount) {

        TakePayment command() {
            return new TakePayment(PlanId.of(planId), paymentReference, amount);
        }
    }

    @Operation(
            summary = "Pay against a plan",
            description = "Takes a payment on the plan's business date and allocates it by the waterfall: the"
                    + " oldest unpaid installment first, and within an installment its late fee, then its"
                    + " service fee, then its principal. What is left prepays future principal; a payment that"
                    + " pays the plan off waives the fees of periods not yet started. Repaid principal frees"
                    + " the customer's credit line again, and a payment that clears the arrears cures the"
                    + " customer. The payment reference is the idempotency key: the same request again answers"
                    + " 200 with the first answer and takes nothing more.")
    @RequestBody(
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "a monthly installment",
                                            value = "{\"planId\": \"0b6f3c1e-5d7a-4c1b-9a55-3f2d8e1c7a90\","
                                                    + " \"paymentReference\": \"alipay-20261202-88413\","
                                                    + " \"amount\": {\"amount\": \"345.67\", \"currency\": \"CNY\"}}")))
    @ApiResponse(responseCode = "201", description = "The payment was taken; how the waterfall allocated it.")
    @ApiResponse(
            responseCode = "200",
            description = "The same payment reference, plan and amount again: the first answer, nothing taken.")
    @ApiResponse(responseCode = "404", description = "No plan with this id.")
    @ApiResponse(
            responseCode = "409",
            description = "The payment reference was used before for another plan or amount, or a request with"
                    + " the same Idempotency-Key is still being processed.")
    @ApiResponse(
            responseCode = "422",
            description = "The plan is settled and owes nothing, the payment is larger than what pays the plan"
                    + " off today (no credit is kept), or the Idempotency-Key was used with another request.")
    @PostMapping
    @PreAuthorize(RepaymentAccess.REPAYMENTS_WRITE)
    ResponseEntity<PaymentView> pay(@Valid @org.springframework.web.bind.annotation.RequestBody MakePayment request) {
        RepaymentTaking.Outcome outcome = repaymentTaking.pay(request.command());
        PaymentView payment = outcome.payment();
        if (outcome.replayed()) {
            return ResponseEntity.ok(payment);
        }
        return ResponseEntity.created(URI.create("/api/v1/repayments/" + payment.paymentId()))
                .body(payment);
    }

    @Operation(
            summary = "Read a payment",
            description = "A payment taken earlier and how the waterfall allocated it, the same answer every"
                    + " time: the principal it repaid, the fees it caused to be waived, each part by installment.")
    @ApiResponse(responseCode = "200", description = "The payment.")
    @ApiResponse(responseCode = "404", description = "No payment with this id.")
    @GetMapping("/{paymentId}")
    @PreAuthorize(Access.CUSTOMER_READ)
    PaymentView payment(@PathVariable UUID paymentId) {
        return repaymentTaking.payment(paymentId);
    }

    @Operation(
            summary = "List a customer's payments",
            description = "The customer's payments on all their plans, the latest received first, at most `limit`"
                    + " of them (20 unless asked, 100 at most), each as reading the payment answers it: the"
                    + " plan, the amount, the business date, the principal repaid, the fees waived and each part"
                    + " of the waterfall. An empty list for a customer who never paid.")
    @ApiResponse(responseCode = "200", description = "The payments, the latest first; possibly none.")
    @ApiResponse(
            responseCode = "400",
            description = "No customer id, one not in the format of an id, or a limit outside 1-100.")
    @GetMapping
    @PreAuthorize(Access.CUSTOMER_READ)
    List<PaymentView> customerPayments(
            @RequestParam CustomerId customerId,
            @Parameter(description = "How many payments at most, 1-100.")
                    @RequestParam(defaultValue = "20")
                    @Min(1)
                    @Max(100)
                    int limit) {
        return repaymentTaking.customerPayments(customerId, limit);
    }
}
