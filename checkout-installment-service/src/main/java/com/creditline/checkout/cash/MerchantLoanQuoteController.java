package com.creditline.checkout.cash;

import com.creditline.checkout.cash.CashQuoteController.CashOfferView;
import com.creditline.checkout.cash.model.MerchantLoanEligibility;
import com.creditline.checkout.cash.model.MerchantLoanPricing;
import com.creditline.common.id.MerchantId;
import com.creditline.common.money.Money;
import com.creditline.common.security.Caller;
import com.creditline.common.security.MerchantAccess;
import com.creditline.common.time.BusinessClock;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** What a draw on a merchant's line would cost: each term by each method, the APR first. */
@RestController
@Tag(name = "Merchant loans")
class MerchantLoanQuoteController {

    private final MerchantLine line;
    private final MerchantLoanPricing pricing;
    private final BusinessClock clock;

    MerchantLoanQuoteController(MerchantLine line, MerchantLoanPricing pricing, BusinessClock clock) {
        this.line = line;
        this.pricing = pricing;
        this.clock = clock;
    }

    @Schema(
            description = "The amount to quote a merchant's draw for, and the sales sweep share it would carry.",
            example = "{\"amount\": {\"amount\": \"50000.00\", \"currency\": \"CNY\"}, \"salesSweepShare\": 0.10}")
    record MerchantLoanQuoteRequest(
            @NotNull Money amount,

            @Schema(
                    types = {"number", "null"},
                    description = "0.01 to 0.50 with at most 2 decimals; absent or null for fixed installments only.")
            BigDecimal salesSweepShare) {}

    record MerchantLoanQuoteView(
            MerchantId merchantId,
            Money amount,

            @Schema(types = {"number", "null"}) BigDecimal salesSweepShare,

            LocalDate businessDate,

            @Schema(description = "Each installment of a schedule is the period's minimum payment.")
            List<CashOfferView> offers) {}

    @PostMapping("/api/v1/merchants/{merchantId}/loan-quotes")
    @PreAuthorize(MerchantAccess.LOANS_WRITE)
    @Operation(
            summary = "Quote a draw on the merchant's line",
            description = "For each installment count on offer (3, 6, 12) and each method (EQUAL_INSTALLMENT,"
                    + " EQUAL_PRINCIPAL): the schedule (due monthly on the business date's day; each installment the"
                    + " period's minimum payment), the interest (principal outstanding x the line grade's daily"
                    + " rate x the period's days), the total cost and the APR, which comes first. Plans above the"
                    + " APR cap are left out. Changes nothing.")
    @ApiResponse(responseCode = "200", description = "The offers, fewest installments first.")
    @ApiResponse(responseCode = "403", description = "The caller may not act for this merchant.")
    @ApiResponse(
            responseCode = "422",
            description = "merchant-not-enrolled or merchant-suspended; merchant-loan-not-eligible (naming the"
                    + " reasons); sweep-share-not-offered; or cash-amount-refused (below 1,000 yuan or above what"
                    + " the line has available).")
    MerchantLoanQuoteView quote(
            @PathVariable String merchantId, @Valid @RequestBody MerchantLoanQuoteRequest request, Caller caller) {
        MerchantId merchant = MerchantId.of(MerchantAccess.actingFor(merchantId, caller));
        pricing.requireSweepShare(request.salesSweepShare());
        MerchantLoanEligibility.Verdict verdict = line.requireEligible(merchant);
        LocalDate today = clock.businessDate();
        List<CashOfferView> offers = pricing
                .quote(request.amount(), verdict.grade(), verdict.available(), request.salesSweepShare(), today)
                .stream()
                .map(CashOfferView::of)
                .toList();
        return new MerchantLoanQuoteView(merchant, request.amount(), request.salesSweepShare(), today, offers);
    }
}
