package com.creditline.checkout.quote;

import com.creditline.checkout.CheckoutAccess;
import com.creditline.checkout.customer.CustomerProfiles;
import com.creditline.checkout.merchant.MerchantTerms;
import com.creditline.checkout.partner.PartnerLinking;
import com.creditline.checkout.pricing.Installment;
import com.creditline.checkout.pricing.Percent;
import com.creditline.checkout.pricing.PlanOffer;
import com.creditline.checkout.pricing.Pricing;
import com.creditline.checkout.pricing.PricingMethod;
import com.creditline.common.id.CustomerId;
import com.creditline.common.id.MerchantId;
import com.creditline.common.id.PartnerId;
import com.creditline.common.money.Money;
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
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Quotes the plans on offer for an amount and a customer: pay in full within 30 days and the
 * installment plans the customer's grade and the amount allow, each with its schedule, total fee,
 * total cost and APR. The APR comes first in each offer and is the figure to show most
 * prominently; the monthly rate is a detail.
 *
 * <p>A partner quotes only for a customer linked to it (otherwise the answer is the one about a
 * customer without a line) and gets the offers without the monthly rate, which is the customer's
 * pricing tier: the least that lets it show the plans.
 */
@RestController
@RequestMapping("/api/v1/quotes")
@Tag(name = "Quotes", description = "The plans on offer for an amount, before checkout.")
class QuoteController {

    private final Pricing pricing;
    private final CustomerProfiles profiles;
    private final PartnerLinking consents;
    private final MerchantTerms merchants;
    private final BusinessClock clock;

    QuoteController(
            Pricing pricing,
            CustomerProfiles profiles,
            PartnerLinking consents,
            MerchantTerms merchants,
            BusinessClock clock) {
        this.pricing = pricing;
        this.profiles = profiles;
        this.consents = consents;
        this.merchants = merchants;
        this.clock = clock;
    }

    /** A quote as this caller may see it. */
    sealed interface QuoteAnswer permits Quote, PartnerQuote {}

    @Schema(
            description = "The amount to quote for a customer; method defaults to FLAT_MONTHLY_FEE. merchantSubsidised"
                    + " asks for the plans the merchant (merchantId) pays the fees of under its subsidy agreements in"
                    + " force: those plans are 0% for the customer, the others priced as usual.",
            example = """
                    {"customerId": "C-10042", "amount": {"amount": "3999.00", "currency": "CNY"},
                     "method": "FLAT_MONTHLY_FEE", "merchantId": "mi-store", "merchantSubsidised": true}""")
    record QuoteRequest(
            @NotNull CustomerId customerId,
            @NotNull Money amount,
            PricingMethod method,

            @Schema(description = "The enrolled merchant selling the goods; absent: the platform's own store.")
            MerchantId merchantId,

            Boolean merchantSubsidised) {}

    /** The shop's quote (told from a partner's by its customer). */
    record Quote(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            CustomerId customerId,

            Money amount,
            LocalDate businessDate,
            List<Offer> offers)
            implements QuoteAnswer {}

    /** A partner's quote: the plans, not whose they are nor the customer's pricing tier. */
    record PartnerQuote(Money amount, LocalDate businessDate, List<PartnerOffer> offers) implements QuoteAnswer {}

    record PartnerOffer(
            AnnualPercentageRate annualPercentageRate,
            String method,
            int installmentCount,
            Money firstInstallment,
            Money totalFee,
            Money totalCost,
            boolean merchantSubsidised,
            Money merchantFee,
            List<Installment> schedule) {

        static PartnerOffer of(Offer offer) {
            return new PartnerOffer(
                    offer.annualPercentageRate(),
                    offer.method(),
                    offer.installmentCount(),
                    offer.firstInstallment(),
                    offer.totalFee(),
                    offer.totalCost(),
                    offer.merchantSubsidised(),
                    offer.details().merchantFee(),
                    offer.schedule());
        }
    }

    record Offer(
            AnnualPercentageRate annualPercentageRate,
            String method,
            int installmentCount,
            Money firstInstallment,
            Money totalFee,
            Money totalCost,
            boolean merchantSubsidised,
            List<Installment> schedule,
            Details details) {

        static Offer of(PlanOffer plan) {
            return new Offer(
                    new AnnualPercentageRate(Percent.of(plan.nominalApr()), Percent.of(plan.effectiveApr())),
                    plan.method().name(),
                    plan.installmentCount(),
                    plan.installments().getFirst().total(),
                    plan.totalFee(),
                    plan.totalCost(),
                    plan.merchantSubsidised(),
                    plan.installments(),
                    new Details(Percent.of(plan.monthlyRate()), plan.merchantFee()));
        }
    }

    /** Nominal (monthly IRR x 12, the figure to display) and effective ((1 + IRR)^12 - 1). */
    record AnnualPercentageRate(String nominal, String effective) {}

    record Details(String monthlyRate, Money merchantFee) {}

    @PostMapping
    @PreAuthorize(CheckoutAccess.CHECKOUT_WRITE)
    @Operation(
            summary = "Quote the plans on offer",
            description = "Pay in full within 30 days and the installment plans the customer's grade and the"
                    + " amount allow, each with its schedule, total fee, total cost and APR (the figure to show"
                    + " most prominently), dated on the business date. Changes nothing. A partner quotes only for"
                    + " a customer linked to it and does not see the monthly rate.")
    @ApiResponse(responseCode = "200", description = "The offers: pay in full, then each installment plan allowed.")
    @ApiResponse(
            responseCode = "404",
            description = "The customer has no approved credit line (or, to a partner, has not linked it).")
    @ApiResponse(
            responseCode = "422",
            description = "The amount is outside the limits that can be financed, the merchant is not enrolled or is"
                    + " suspended, or a subsidy is asked for that no agreement of the merchant covers"
                    + " (subsidy-not-agreed).")
    @Transactional(readOnly = true)
    QuoteAnswer quote(@Valid @RequestBody QuoteRequest request, Caller caller) {
        if (caller.isPartner()) {
            consents.requireLinked(request.customerId(), PartnerId.of(caller.partner()));
        }
        var profile = profiles.require(request.customerId());
        LocalDate today = clock.businessDate();
        PricingMethod method = request.method() == null ? PricingMethod.FLAT_MONTHLY_FEE : request.method();
        merchants.requireSelling(request.merchantId());
        // Pay in full has no fee to subsidise; installments only where the merchant's agreements say.
        Set<Integer> subsidised = Boolean.TRUE.equals(request.merchantSubsidised()) && method.isInstallments()
                ? merchants.subsidisedCounts(request.merchantId(), request.amount(), today)
                : Set.of();
        List<Offer> offers = pricing.quote(request.amount(), profile.grade(), method, subsidised, today).stream()
                .map(Offer::of)
                .toList();
        if (caller.isPartner()) {
            return new PartnerQuote(
                    request.amount(),
                    today,
                    offers.stream().map(PartnerOffer::of).toList());
        }
        return new Quote(request.customerId(), request.amount(), today, offers);
    }
}
