package com.creditline.checkout.cash;

import com.creditline.checkout.cash.CashDrawController.CashDrawView;
import com.creditline.checkout.cash.model.CashDrawId;
import com.creditline.checkout.cash.model.CashDrawRequest;
import com.creditline.checkout.cash.model.DrawProduct;
import com.creditline.checkout.pricing.PricingMethod;
import com.creditline.common.id.MerchantId;
import com.creditline.common.money.Money;
import com.creditline.common.security.Caller;
import com.creditline.common.security.MerchantAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
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

/**
 * A merchant draws on its own line (京小贷-style) to its settlement account, and reads its draws: the
 * cash draw's machinery and view with product MERCHANT (the borrower is {@code mch-<merchantId>}, no
 * bank account). A merchant's key acts only for its own merchant.
 */
@RestController
@Tag(name = "Merchant loans", description = "Draws on a merchant's line to its settlement account (京小贷-style).")
class MerchantDrawController {

    private final CashDrawing drawing;
    private final CashDraws draws;

    MerchantDrawController(CashDrawing drawing, CashDraws draws) {
        this.drawing = drawing;
        this.draws = draws;
    }

    @Schema(
            description = "A draw on the merchant's line, repaid in fixed installments and, with a sales sweep"
                    + " share, also from each day's net sales.",
            example = "{\"amount\": {\"amount\": \"50000.00\", \"currency\": \"CNY\"}, \"installmentCount\": 6,"
                    + " \"method\": \"EQUAL_INSTALLMENT\", \"salesSweepShare\": 0.10}")
    record DrawOnMerchantLine(
            @NotNull Money amount,
            @NotNull @Positive Integer installmentCount,

            @Schema(description = "EQUAL_INSTALLMENT or EQUAL_PRINCIPAL.") @NotNull
            PricingMethod method,

            @Schema(
                    types = {"number", "null"},
                    description = "The share of each day's net sales swept to the plan, 0.01 to 0.50 with at most"
                            + " 2 decimals; absent or null for fixed installments only.")
            BigDecimal salesSweepShare) {}

    @PostMapping("/api/v1/merchants/{merchantId}/draws")
    @PreAuthorize(MerchantAccess.LOANS_WRITE)
    @Operation(
            summary = "Draw on the merchant's line",
            description = "Checks the merchant (enrolled and ACTIVE) and its line (kind MERCHANT, ACTIVE, a grade"
                    + " with a rate, room), prices the plan, holds the amount on the line (purpose CASH) and"
                    + " instructs the payout to the merchant's settlement account; the draw is REQUESTED until the"
                    + " payout is answered, then PAID (the plan opened, PlanCreated product MERCHANT under"
                    + " mch-<merchantId>, with the sales sweep share) or FAILED (the line as it was). Each"
                    + " installment is the period's minimum payment. The Idempotency-Key header is required (400"
                    + " without it): the same key with the same request answers the same draw.")
    @ApiResponse(responseCode = "201", description = "The draw, REQUESTED.")
    @ApiResponse(responseCode = "200", description = "A replay: the draw this Idempotency-Key made.")
    @ApiResponse(responseCode = "403", description = "The caller may not act for this merchant.")
    @ApiResponse(
            responseCode = "409",
            description = "The Idempotency-Key made another draw of the merchant, or its draw is still being placed.")
    @ApiResponse(
            responseCode = "422",
            description = "merchant-not-enrolled or merchant-suspended; merchant-loan-not-eligible (naming the"
                    + " reasons); sweep-share-not-offered; cash-amount-refused (below 1,000 yuan or above what"
                    + " the line has available) or cash-draw-not-offered (count, method, grade or the APR cap);"
                    + " or the line refused the hold (cash-hold-refused, cash-limit-exceeded,"
                    + " borrower-ceiling-reached).")
    ResponseEntity<CashDrawView> draw(
            @PathVariable String merchantId,
            @Valid @RequestBody DrawOnMerchantLine request,
            // documented once for every POST (ProblemDocumentation); required here
            @Parameter(hidden = true) @RequestHeader("Idempotency-Key") String idempotencyKey,
            Caller caller) {
        MerchantId merchant = MerchantId.of(MerchantAccess.actingFor(merchantId, caller));
        CashDrawing.Outcome outcome = drawing.draw(CashDrawRequest.toMerchant(
                idempotencyKey,
                merchant,
                request.amount(),
                request.installmentCount(),
                request.method(),
                request.salesSweepShare()));
        return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(CashDrawView.of(outcome.draw()));
    }

    @GetMapping("/api/v1/merchants/{merchantId}/draws/{drawId}")
    @PreAuthorize(MerchantAccess.LOANS_READ)
    @Operation(summary = "A merchant's draw")
    @ApiResponse(responseCode = "200", description = "The draw.")
    @ApiResponse(responseCode = "403", description = "The caller may not act for this merchant.")
    @ApiResponse(responseCode = "404", description = "The merchant has no draw with this id.")
    @Transactional(readOnly = true)
    CashDrawView get(@PathVariable String merchantId, @PathVariable CashDrawId drawId, Caller caller) {
        MerchantId merchant = MerchantId.of(MerchantAccess.actingFor(merchantId, caller));
        return CashDrawView.of(draws.find(drawId)
                .filter(d -> d.product() == DrawProduct.MERCHANT && merchant.equals(d.merchantId()))
                .orElseThrow(CashDrawNotFound::new));
    }

    @GetMapping("/api/v1/merchants/{merchantId}/draws")
    @PreAuthorize(MerchantAccess.LOANS_READ)
    @Operation(summary = "A merchant's draws", description = "Newest first.")
    @ApiResponse(responseCode = "200", description = "The draws, newest first.")
    @ApiResponse(responseCode = "403", description = "The caller may not act for this merchant.")
    @Transactional(readOnly = true)
    List<CashDrawView> list(@PathVariable String merchantId, Caller caller) {
        MerchantId merchant = MerchantId.of(MerchantAccess.actingFor(merchantId, caller));
        return draws.findByMerchantIdOrderByRequestedAtDesc(merchant).stream()
                .map(CashDrawView::of)
                .toList();
    }
}
