package com.creditline.repayment.creditbalance;

import com.creditline.common.id.PlanId;
import com.creditline.common.money.Money;
import com.creditline.common.security.Access;
import com.creditline.repayment.RepaymentAccess;
import com.creditline.repayment.creditbalance.model.Payout;
import com.creditline.repayment.creditbalance.model.PayoutStatus;
import com.creditline.repayment.payment.PaymentView;
import com.creditline.repayment.payment.PositiveAmount;
import com.creditline.repayment.payment.RepaymentTaking;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A plan's credit balance back to the customer: paid out, or applied to another of their plans. */
@Tag(name = "Credit balances", description = "Refund money beyond a plan's debt, back to the customer.")
@RestController
class CreditBalanceController {

    private final CreditBalancePayingOut payingOut;
    private final CreditBalanceApplying applying;

    CreditBalanceController(CreditBalancePayingOut payingOut, CreditBalanceApplying applying) {
        this.payingOut = payingOut;
        this.applying = applying;
    }

    @Schema(example = "{\"payoutReference\": \"refund-payout-20261202-0001\"}")
    record RequestPayout(
            @NotBlank @Size(max = 100) String payoutReference,

            @Schema(
                    types = {"object", "null"},
                    description = "How much; all of the credit balance when absent.")
            @PositiveAmount
            Money amount) {}

    @Schema(
            example = "{\"toPlanId\": \"0b6f3c1e-5d7a-4c1b-9a55-3f2d8e1c7a90\", \"reference\": \"apply-0001\","
                    + " \"amount\": {\"amount\": \"120.00\", \"currency\": \"CNY\"}}")
    record ApplyCreditBalance(
            @NotNull UUID toPlanId,
            @NotBlank @Size(max = 100) String reference,
            @NotNull @PositiveAmount Money amount) {}

    @Schema(example = "{\"paid\": false, \"reason\": \"account closed at the receiving bank\"}")
    record PayoutOutcome(
            @NotNull Boolean paid, @Size(max = 500) String reason) {}

    record PayoutView(
            UUID payoutId,
            String payoutReference,
            UUID planId,
            Money amount,
            PayoutStatus status,
            LocalDate requestedOn,
            Instant requestedAt,

            @Schema(
                    types = {"string", "null"},
                    format = "date-time")
            Instant decidedAt,

            @Schema(types = {"string", "null"}) String failureReason) {

        static PayoutView of(Payout p) {
            return new PayoutView(
                    p.id(),
                    p.reference(),
                    p.planId().value(),
                    p.amount(),
                    p.status(),
                    p.requestedOn(),
                    p.requestedAt(),
                    p.decidedAt(),
                    p.failureReason());
        }
    }

    @Operation(
            summary = "Pay a plan's credit balance out to the customer",
            description = "Takes the amount (all of it when absent) off the plan's credit balance and instructs the"
                    + " payout to the customer's original payment method; the payout is REQUESTED until the"
                    + " provider answers (locally, a stand-in confirms it after a minute). A failed payout puts"
                    + " the money back on the credit balance. The payout reference is the idempotency key.")
    @ApiResponse(responseCode = "201", description = "The payout was requested.")
    @ApiResponse(responseCode = "200", description = "The same reference, plan and amount again: the first answer.")
    @ApiResponse(responseCode = "404", description = "No plan with this id.")
    @ApiResponse(responseCode = "409", description = "The payout reference was used for another plan or amount.")
    @ApiResponse(responseCode = "422", description = "The credit balance is smaller than the amount, or empty.")
    @PostMapping("/api/v1/plans/{planId}/credit-balance/payouts")
    @PreAuthorize(RepaymentAccess.REPAYMENTS_WRITE)
    ResponseEntity<PayoutView> payOut(@PathVariable UUID planId, @Valid @RequestBody RequestPayout request) {
        CreditBalancePayingOut.Outcome outcome =
                payingOut.request(PlanId.of(planId), request.payoutReference(), request.amount());
        PayoutView view = PayoutView.of(outcome.payout());
        return outcome.replayed()
                ? ResponseEntity.ok(view)
                : ResponseEntity.created(URI.create("/api/v1/payouts/" + view.payoutId()))
                        .body(view);
    }

    @Operation(
            summary = "Apply a plan's credit balance to another plan of the customer",
            description = "Pays the other plan from this plan's credit balance, by the same waterfall as any payment"
                    + " (its payment reference is `credit-balance:<reference>`). The reference is the"
                    + " idempotency key.")
    @ApiResponse(responseCode = "201", description = "The other plan was paid; how the waterfall allocated it.")
    @ApiResponse(responseCode = "200", description = "The same request again: the first answer.")
    @ApiResponse(responseCode = "404", description = "No plan with one of these ids.")
    @ApiResponse(responseCode = "409", description = "The reference was used for another plan or amount.")
    @ApiResponse(
            responseCode = "422",
            description = "The credit balance is smaller than the amount, the plans are different customers', or the"
                    + " amount is more than pays the other plan off.")
    @PostMapping("/api/v1/plans/{planId}/credit-balance/transfers")
    @PreAuthorize(RepaymentAccess.REPAYMENTS_WRITE)
    ResponseEntity<PaymentView> apply(@PathVariable UUID planId, @Valid @RequestBody ApplyCreditBalance request) {
        RepaymentTaking.Outcome outcome =
                applying.apply(PlanId.of(planId), PlanId.of(request.toPlanId()), request.reference(), request.amount());
        return outcome.replayed()
                ? ResponseEntity.ok(outcome.payment())
                : ResponseEntity.created(URI.create(
                                "/api/v1/repayments/" + outcome.payment().paymentId()))
                        .body(outcome.payment());
    }

    @Operation(summary = "Read a payout", description = "A payout of a credit balance and the provider's answer.")
    @ApiResponse(responseCode = "200", description = "The payout.")
    @ApiResponse(responseCode = "404", description = "No payout with this id.")
    @GetMapping("/api/v1/payouts/{payoutId}")
    @PreAuthorize(Access.CUSTOMER_READ)
    PayoutView payout(@PathVariable UUID payoutId) {
        return PayoutView.of(payingOut.payout(payoutId));
    }

    @Operation(
            summary = "Record the payout provider's answer",
            description = "What the provider answered for a payout: paid (the money left the platform), or failed"
                    + " with its reason (the money is the customer's credit balance again). Given once.")
    @ApiResponse(responseCode = "200", description = "The payout with the answer.")
    @ApiResponse(responseCode = "404", description = "No payout with this id.")
    @ApiResponse(responseCode = "422", description = "The payout was answered before.")
    @PostMapping("/api/v1/admin/payouts/{payoutId}/outcome")
    @PreAuthorize(Access.ADMIN)
    PayoutView outcome(@PathVariable UUID payoutId, @Valid @RequestBody PayoutOutcome outcome) {
        return PayoutView.of(payingOut.decide(payoutId, outcome.paid(), outcome.reason()));
    }
}
