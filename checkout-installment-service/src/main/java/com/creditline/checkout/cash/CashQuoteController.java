package com.creditline.checkout.cash;

import com.creditline.checkout.cash.model.CashEligibility;
import com.creditline.checkout.cash.model.CashOffer;
import com.creditline.checkout.cash.model.CashPricing;
import com.creditline.checkout.pricing.Installment;
import com.creditline.checkout.pricing.Percent;
import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import com.creditline.common.security.Access;
import com.creditline.common.security.Caller;
import com.creditline.common.time.BusinessClock;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Whether a customer may draw cash, and what a draw would cost: each term on offer by each method,
 * with its schedule and its APR first, ahead of the daily rate.
 */
@RestController
@Tag(name = "Cash draws", description = "Cash from the credit line to the customer's bank account (京东金条-style).")
class CashQuoteController {

    private final CashLine line;
    private final CashPricing pricing;
    private final BusinessClock clock;

    CashQuoteController(CashLine line, CashPricing pricing, BusinessClock clock) {
        this.line = line;
        this.pricing = pricing;
        this.clock = clock;
    }

    record CashEligibilityView(boolean eligible, List<CashEligibility.Reason> reasons, Money cashAvailable) {}

    @Schema(
            description = "The amount of cash to quote for a customer.",
            example = "{\"customerId\": \"C-10042\", \"amount\": {\"amount\": \"10000.00\", \"currency\": \"CNY\"}}")
    record CashQuoteRequest(
            @NotNull CustomerId customerId, @NotNull Money amount) {}

    record CashQuoteView(CustomerId customerId, Money amount, LocalDate businessDate, List<CashOfferView> offers) {}

    @Schema(description = "The APR of a cash plan: the figure to show first and most prominently.")
    record CashApr(
            @Schema(description = "Nominal APR (monthly IRR x 12), the figure to display.")
            String nominal,

            @Schema(description = "Effective APR ((1 + monthly IRR)^12 - 1).")
            String effective) {}

    record CashOfferView(
            @Schema(description = "Shown first and most prominently, ahead of the daily rate.")
            CashApr annualPercentageRate,

            String method,
            int installmentCount,
            Money firstInstallment,
            Money totalInterest,
            Money totalCost,
            List<Installment> schedule,

            @Schema(description = "The daily interest rate on the principal outstanding: a detail, after the APR.")
            String dailyRate) {

        static CashOfferView of(CashOffer offer) {
            return new CashOfferView(
                    new CashApr(Percent.of(offer.nominalApr()), Percent.of(offer.effectiveApr())),
                    offer.method().name(),
                    offer.installmentCount(),
                    offer.installments().getFirst().total(),
                    offer.totalInterest(),
                    offer.totalCost(),
                    offer.installments(),
                    offer.dailyRate().movePointRight(2).stripTrailingZeros().toPlainString() + "%");
        }
    }

    @GetMapping("/api/v1/customers/{customerId}/cash-eligibility")
    @PreAuthorize(Access.CUSTOMER_READ)
    @Operation(
            summary = "Whether the customer may draw cash",
            description = "The line must be ACTIVE, of grade A, B or C, open at least 3 whole months on the business"
                    + " date, with cash available; every rule that fails is named in reasons.")
    @ApiResponse(responseCode = "200", description = "The verdict, its reasons and the cash available.")
    @ApiResponse(responseCode = "403", description = "Partners do not reach cash draws.")
    @ApiResponse(responseCode = "404", description = "The customer has no credit line.")
    CashEligibilityView eligibility(@PathVariable CustomerId customerId, Caller caller) {
        BankAccountController.notAPartner(caller);
        CashEligibility.Verdict verdict = line.judge(customerId).verdict();
        return new CashEligibilityView(verdict.eligible(), verdict.reasons(), verdict.cashAvailable());
    }

    @PostMapping("/api/v1/cash-quotes")
    @PreAuthorize(Access.CUSTOMER_WRITE)
    @Operation(
            summary = "Quote a cash draw",
            description = "For each installment count on offer (3, 6, 12) and each method (EQUAL_INSTALLMENT,"
                    + " EQUAL_PRINCIPAL): the schedule (due monthly on the business date's day), the interest"
                    + " (principal outstanding x daily rate x the period's days), the total cost and the APR, which"
                    + " comes first; the daily rate by grade is a detail. Plans above the APR cap are left out."
                    + " Changes nothing.")
    @ApiResponse(responseCode = "200", description = "The offers, fewest installments first.")
    @ApiResponse(responseCode = "403", description = "Partners do not reach cash draws.")
    @ApiResponse(responseCode = "404", description = "The customer has no credit line.")
    @ApiResponse(
            responseCode = "422",
            description = "The customer may not draw cash (cash-not-eligible, naming the reasons), or the amount is"
                    + " below 500 yuan or above the cash available (cash-amount-refused).")
    CashQuoteView quote(@Valid @RequestBody CashQuoteRequest request, Caller caller) {
        BankAccountController.notAPartner(caller);
        CashLine.Judged judged = line.judge(request.customerId()).requireEligible();
        LocalDate today = clock.businessDate();
        List<CashOfferView> offers =
                pricing
                        .quote(
                                request.amount(),
                                judged.line().grade(),
                                judged.line().cashAvailable(),
                                today)
                        .stream()
                        .map(CashOfferView::of)
                        .toList();
        return new CashQuoteView(request.customerId(), request.amount(), today, offers);
    }
}
