package com.creditline.risk.merchant;

import com.creditline.common.id.MerchantId;
import com.creditline.common.money.Money;
import com.creditline.common.security.Caller;
import com.creditline.common.security.MerchantAccess;
import com.creditline.risk.merchant.model.DailySales;
import com.creditline.risk.merchant.model.MerchantProfile;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A merchant's sales history and profile, which its applications for a line are decided on. */
@Tag(
        name = "Merchant sales",
        description = "Merchants' daily sales and profiles, kept as the history merchant lines are decided on.")
@RestController
class SalesController {

    static final int MOST_DAYS = 400;

    private final SalesReporting reporting;

    SalesController(SalesReporting reporting) {
        this.reporting = reporting;
    }

    @Schema(description = "One day of sales.")
    record SalesDay(
            @NotNull LocalDate date,
            @NotNull Money grossSales,
            @NotNull @Min(0) @Max(10_000_000) Integer orders,
            @NotNull Money refunds,

            @Schema(description = "The store's rating that day, 0 to 5 with one decimal.", example = "4.7")
            @NotNull
            @DecimalMin("0")
            @DecimalMax("5")
            @Digits(integer = 1, fraction = 1)
            BigDecimal rating) {

        DailySales toDailySales() {
            return new DailySales(date, grossSales, orders, refunds, rating);
        }

        static SalesDay of(DailySales d) {
            return new SalesDay(d.date(), d.grossSales(), d.orders(), d.refunds(), d.rating());
        }
    }

    @Schema(
            description = "Days of sales, at most 400, each date once.",
            example = "{\"days\": [{\"date\": \"2026-11-30\", \"grossSales\": {\"amount\": \"15230.00\", \"currency\":"
                    + " \"CNY\"}, \"orders\": 121, \"refunds\": {\"amount\": \"420.00\", \"currency\": \"CNY\"},"
                    + " \"rating\": 4.8}]}")
    record ReportSales(@NotEmpty @Size(max = MOST_DAYS) List<@NotNull @Valid SalesDay> days) {}

    record SalesReceived(String merchantId, int daysReceived) {}

    record SalesHistoryView(String merchantId, LocalDate from, LocalDate to, List<SalesDay> days) {}

    @Schema(
            example =
                    "{\"name\": \"Mi Store Hangzhou\", \"onboardedOn\": \"2023-04-15\", \"category\": \"electronics\"}")
    record PutProfile(
            @NotBlank @Size(max = 200) String name,

            @Schema(description = "The day the merchant began selling on the platform: its tenure counts from it.")
            @NotNull
            LocalDate onboardedOn,

            @NotBlank @Size(max = 100) String category) {}

    record ProfileView(String merchantId, String name, LocalDate onboardedOn, String category, int tenureMonths) {}

    @Operation(
            summary = "Send days of sales",
            description = "Keeps up to 400 days of the merchant's sales (gross sales, orders, refunds, rating). A day"
                    + " sent again replaces what was sent for it before, so sending the same days twice changes"
                    + " nothing. No day may be after the business date, nor appear twice in one request. Callers:"
                    + " a staff admin, a platform service, or the merchant itself (a partner key of the merchant's id"
                    + " with the scope merchant:sales).")
    @ApiResponse(responseCode = "200", description = "How many days were kept.")
    @ApiResponse(responseCode = "403", description = "The caller may not act for this merchant.")
    @ApiResponse(
            responseCode = "422",
            description = "A day is after the business date or appears twice in the request.")
    @PostMapping("/api/v1/merchants/{merchantId}/sales")
    @PreAuthorize(MerchantAccess.SALES_WRITE)
    SalesReceived report(@PathVariable String merchantId, @Valid @RequestBody ReportSales request, Caller caller) {
        MerchantId id = MerchantId.of(MerchantAccess.actingFor(merchantId, caller));
        reporting.report(id, request.days().stream().map(SalesDay::toDailySales).toList());
        return new SalesReceived(id.value(), request.days().size());
    }

    @Operation(
            summary = "Read days of sales",
            description = "The days the merchant reported between two dates (both included, at most 400 days apart),"
                    + " in date order; a day without a report is simply absent.")
    @ApiResponse(responseCode = "200", description = "The days reported.")
    @ApiResponse(responseCode = "403", description = "The caller may not act for this merchant.")
    @ApiResponse(responseCode = "422", description = "The dates are reversed or more than 400 days apart.")
    @GetMapping("/api/v1/merchants/{merchantId}/sales")
    @PreAuthorize(MerchantAccess.SALES_READ)
    SalesHistoryView sales(
            @PathVariable String merchantId, @RequestParam LocalDate from, @RequestParam LocalDate to, Caller caller) {
        MerchantId id = MerchantId.of(MerchantAccess.actingFor(merchantId, caller));
        if (to.isBefore(from) || from.plusDays(MOST_DAYS).isBefore(to)) {
            throw new SalesDayUnacceptable("Ask for days from a date to a later one, at most 400 days apart.");
        }
        return new SalesHistoryView(
                id.value(),
                from,
                to,
                reporting.between(id, from, to).stream().map(SalesDay::of).toList());
    }

    @Operation(
            summary = "Set the merchant's profile",
            description = "The merchant's name, the day it began selling on the platform (its tenure counts from it)"
                    + " and its category; a profile sent again replaces the one before. A merchant needs one to"
                    + " apply for a line.")
    @ApiResponse(responseCode = "200", description = "The profile as kept.")
    @ApiResponse(responseCode = "403", description = "The caller may not act for this merchant.")
    @PutMapping("/api/v1/merchants/{merchantId}/profile")
    @PreAuthorize(MerchantAccess.SALES_WRITE)
    ProfileView putProfile(@PathVariable String merchantId, @Valid @RequestBody PutProfile request, Caller caller) {
        MerchantId id = MerchantId.of(MerchantAccess.actingFor(merchantId, caller));
        reporting.putProfile(new MerchantProfile(id, request.name(), request.onboardedOn(), request.category()));
        return view(reporting.profile(id));
    }

    @Operation(summary = "Read the merchant's profile", description = "The profile with the tenure it gives today.")
    @ApiResponse(responseCode = "200", description = "The profile.")
    @ApiResponse(responseCode = "403", description = "The caller may not act for this merchant.")
    @ApiResponse(responseCode = "404", description = "No profile was sent for this merchant.")
    @GetMapping("/api/v1/merchants/{merchantId}/profile")
    @PreAuthorize(MerchantAccess.SALES_READ)
    ProfileView profile(@PathVariable String merchantId, Caller caller) {
        return view(reporting.profile(MerchantId.of(MerchantAccess.actingFor(merchantId, caller))));
    }

    private ProfileView view(MerchantProfile p) {
        return new ProfileView(
                p.merchantId().value(), p.name(), p.onboardedOn(), p.category(), reporting.tenureMonths(p));
    }
}
