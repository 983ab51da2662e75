package com.creditline.repayment.portfolio;

import com.creditline.common.security.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff read the portfolio at a glance: delinquency and vintages (the operations console's dashboard). */
@RestController
@RequestMapping("/api/v1/admin/portfolio")
@Tag(name = "Portfolio", description = "The loan book by delinquency bucket, days past due and vintage.")
class PortfolioController {

    private final PortfolioReading reading;

    PortfolioController(PortfolioReading reading) {
        this.reading = reading;
    }

    @GetMapping("/delinquency")
    @PreAuthorize(Access.STAFF)
    @Operation(
            summary = "Read the portfolio by delinquency",
            description = "On the business date, the plans and their outstanding principal by bucket (CURRENT, M1"
                    + " 1-30, M2 31-60, M3 61-90, M3_PLUS over 90 days past due, CHARGED_OFF) and the active plans by"
                    + " band of days past due. A plan's days past due are those of its own oldest unpaid"
                    + " installment (a customer's, which collections and the provisions use, are those of their"
                    + " oldest across plans).")
    @ApiResponse(responseCode = "200", description = "The portfolio by bucket and band.")
    PortfolioReading.Delinquency delinquency() {
        return reading.delinquency();
    }

    @GetMapping("/vintages")
    @PreAuthorize(Access.STAFF)
    @Operation(
            summary = "Read the vintage bad rates",
            description = "The plans opened in each of the last months (the business date's month included) and,"
                    + " for each month on book the business date has reached (up to 12), the share of them that had"
                    + " been the given days past due by the end of it: an installment unpaid that many days after"
                    + " its due date. Months on book are calendar months from the opening month.")
    @ApiResponse(responseCode = "200", description = "The vintages, oldest first.")
    @ApiResponse(responseCode = "400", description = "months outside 1-36 or daysPastDue outside 1-180.")
    PortfolioReading.Vintages vintages(
            @Parameter(description = "How many opening months, 1-36.")
                    @RequestParam(defaultValue = "12")
                    @Min(1)
                    @Max(36)
                    int months,
            @Parameter(description = "The days past due that count as bad, 1-180.")
                    @RequestParam(defaultValue = "30")
                    @Min(1)
                    @Max(180)
                    int daysPastDue) {
        return reading.vintages(months, daysPastDue);
    }
}
