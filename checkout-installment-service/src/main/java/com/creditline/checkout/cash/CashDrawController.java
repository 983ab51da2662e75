package com.creditline.checkout.cash;

import com.creditline.checkout.cash.model.BankAccountId;
import com.creditline.checkout.cash.model.CashDraw;
import com.creditline.checkout.cash.model.CashDrawId;
import com.creditline.checkout.cash.model.CashDrawRequest;
import com.creditline.checkout.cash.model.DrawProduct;
import com.creditline.checkout.pricing.Percent;
import com.creditline.checkout.pricing.PricingMethod;
import com.creditline.common.id.CustomerId;
import com.creditline.common.id.MerchantId;
import com.creditline.common.id.PlanId;
import com.creditline.common.money.Money;
import com.creditline.common.security.Access;
import com.creditline.common.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Draws cash to the customer's bank account and reads the draws. */
@RestController
@Tag(name = "Cash draws")
class CashDrawController {

    private final CashDrawing drawing;
    private final CashDraws draws;

    CashDrawController(CashDrawing drawing, CashDraws draws) {
        this.drawing = drawing;
        this.draws = draws;
    }

    @Schema(
            description = "A draw of cash to one of the customer's bank accounts.",
            example = "{\"customerId\": \"C-10042\", \"amount\": {\"amount\": \"10000.00\", \"currency\": \"CNY\"},"
                    + " \"installmentCount\": 6, \"method\": \"EQUAL_PRINCIPAL\","
                    + " \"bankAccountId\": \"0b9c7a1e-2f43-4f6e-9a51-8d3c2b1a0f77\"}")
    record DrawCash(
            @NotNull CustomerId customerId,
            @NotNull Money amount,
            @NotNull @Positive Integer installmentCount,

            @Schema(description = "EQUAL_INSTALLMENT or EQUAL_PRINCIPAL.") @NotNull
            PricingMethod method,

            @NotNull BankAccountId bankAccountId) {}

    /**
     * A draw of either product; the plan, its APR and the payout date once PAID, the reason once
     * FAILED. A CASH draw names its bank account, a MERCHANT draw its merchant and sales sweep share.
     */
    record CashDrawView(
            CashDrawId drawId,
            DrawProduct product,
            CustomerId customerId,
            CashDraw.Status status,
            Money amount,
            int installmentCount,
            PricingMethod method,

            @Schema(
                    types = {"string", "null"},
                    format = "uuid",
                    description = "The bank account of a CASH draw; null for a MERCHANT draw.")
            BankAccountId bankAccountId,

            @Schema(
                    types = {"string", "null"},
                    description = "The merchant of a MERCHANT draw; null for a CASH draw.")
            MerchantId merchantId,

            @Schema(
                    types = {"number", "null"},
                    description = "The share of daily sales swept to a MERCHANT draw's plan; null for fixed"
                            + " installments only.")
            BigDecimal salesSweepShare,

            @Schema(
                    types = {"string", "null"},
                    description = "The plan's nominal APR, once PAID.")
            String nominalApr,

            @Schema(
                    types = {"string", "null"},
                    format = "uuid")
            PlanId planId,

            @Schema(
                    types = {"string", "null"},
                    format = "date")
            LocalDate payoutDate,

            @Schema(types = {"string", "null"}) String failureReason,
            Instant requestedAt) {

        static CashDrawView of(CashDraw d) {
            return new CashDrawView(
                    d.drawId(),
                    d.product(),
                    d.customerId(),
                    d.status(),
                    d.amount(),
                    d.installmentCount(),
                    d.method(),
                    d.bankAccountId(),
                    d.merchantId(),
                    d.salesSweepShare(),
                    d.nominalApr() == null ? null : Percent.of(d.nominalApr()),
                    d.planId(),
                    d.payoutDate(),
                    d.failureReason(),
                    d.requestedAt());
        }
    }

    @PostMapping("/api/v1/cash-draws")
    @PreAuthorize(Access.CUSTOMER_WRITE)
    @Operation(
            summary = "Draw cash to a bank account",
            description = "Checks eligibility, prices the plan, holds the amount on the line (purpose CASH) and"
                    + " instructs the payout; the draw is REQUESTED until the payout is answered, then PAID (the"
                    + " plan opened, dated from the payout's business date) or FAILED (the line as it was). The"
                    + " Idempotency-Key header is required here (400 without it): the same key with the same request"
                    + " answers the same draw.")
    @ApiResponse(responseCode = "201", description = "The draw, REQUESTED.")
    @ApiResponse(responseCode = "200", description = "A replay: the draw this Idempotency-Key made.")
    @ApiResponse(responseCode = "403", description = "Partners do not reach cash draws.")
    @ApiResponse(responseCode = "404", description = "The customer has no credit line, or no such bank account.")
    @ApiResponse(
            responseCode = "409",
            description = "The Idempotency-Key made another draw of the customer, or its draw is still being placed.")
    @ApiResponse(
            responseCode = "422",
            description = "The customer may not draw cash (cash-not-eligible, naming the reasons); the amount, count"
                    + " or method is not on offer; or the line refused the hold: cash-limit-exceeded,"
                    + " borrower-ceiling-reached (200,000 yuan across all products) or cash-hold-refused.")
    ResponseEntity<CashDrawView> draw(
            @Valid @RequestBody DrawCash request,
            // documented once for every POST (ProblemDocumentation); required here
            @Parameter(hidden = true) @RequestHeader("Idempotency-Key") String idempotencyKey,
            Caller caller) {
        BankAccountController.notAPartner(caller);
        CashDrawing.Outcome outcome = drawing.draw(CashDrawRequest.toBankAccount(
                idempotencyKey,
                request.customerId(),
                request.amount(),
                request.installmentCount(),
                request.method(),
                request.bankAccountId()));
        return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(CashDrawView.of(outcome.draw()));
    }

    @GetMapping("/api/v1/cash-draws/{drawId}")
    @PreAuthorize(Access.CUSTOMER_READ)
    @Operation(summary = "A cash draw")
    @ApiResponse(responseCode = "200", description = "The draw.")
    @ApiResponse(responseCode = "403", description = "Partners do not reach cash draws.")
    @ApiResponse(responseCode = "404", description = "No cash draw has this id (a merchant's draw is not one).")
    @Transactional(readOnly = true)
    CashDrawView get(@PathVariable CashDrawId drawId, Caller caller) {
        BankAccountController.notAPartner(caller);
        return CashDrawView.of(
                draws.find(drawId).filter(d -> d.product() == DrawProduct.CASH).orElseThrow(CashDrawNotFound::new));
    }

    @GetMapping("/api/v1/customers/{customerId}/cash-draws")
    @PreAuthorize(Access.CUSTOMER_READ)
    @Operation(summary = "The customer's cash draws", description = "Newest first.")
    @ApiResponse(responseCode = "200", description = "The draws, newest first.")
    @ApiResponse(responseCode = "403", description = "Partners do not reach cash draws.")
    @Transactional(readOnly = true)
    List<CashDrawView> list(@PathVariable CustomerId customerId, Caller caller) {
        BankAccountController.notAPartner(caller);
        return draws.findByCustomerIdOrderByRequestedAtDesc(customerId).stream()
                .filter(d -> d.product() == DrawProduct.CASH)
                .map(CashDrawView::of)
                .toList();
    }
}
