package com.creditline.repayment.merchantloan;

import com.creditline.common.id.MerchantId;
import com.creditline.common.id.PlanId;
import com.creditline.common.security.Caller;
import com.creditline.common.security.MerchantAccess;
import com.creditline.repayment.merchantloan.MerchantLoanReading.MerchantLoanDetail;
import com.creditline.repayment.merchantloan.MerchantLoanReading.MerchantLoanSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A merchant's loans, one loan with its ledger, and its monthly loan statement, for the merchant's own
 * key ({@code merchant:loans}: only its own merchant id), staff and services.
 */
@RestController
@RequestMapping("/api/v1/merchants/{merchantId}")
@Tag(
        name = "Merchant loans",
        description = "A merchant's loans, their schedules and ledgers, and its monthly loan statement, for the"
                + " merchant itself.")
class MerchantLoanController {

    static final String CSV = "text/csv";
    static final String MERCHANT_ID_DESCRIPTION =
            "The merchant's id: 3-40 lowercase letters, digits and inner hyphens.";
    static final String MONTH = "^[0-9]{4}-(0[1-9]|1[0-2])$";

    private static final String WHO = " Callers: staff, platform services, or the merchant itself (a partner key of the"
            + " merchant's id with the scope merchant:loans).";

    private final MerchantLoanReading reading;

    MerchantLoanController(MerchantLoanReading reading) {
        this.reading = reading;
    }

    @GetMapping("/loans")
    @Operation(
            summary = "List a merchant's loans",
            description = "The merchant's loans (plans of product MERCHANT of borrower mch-<merchantId>), newest first,"
                    + " as of the business date: status, date opened, principal, outstanding principal, what pays"
                    + " the loan off today, the share of daily sales swept to it, the due date of the oldest"
                    + " installment not yet paid and what it still owes (the period's minimum payment), and days"
                    + " past due. A merchant without loans gets an empty list."
                    + WHO)
    @ApiResponse(responseCode = "200", description = "The merchant's loans, possibly none.")
    @ApiResponse(responseCode = "403", description = "The caller may not act for this merchant.")
    @PreAuthorize(MerchantAccess.LOANS_READ)
    List<MerchantLoanSummary> loans(
            @Parameter(description = MERCHANT_ID_DESCRIPTION) @PathVariable @Pattern(regexp = MerchantId.FORMAT)
                    String merchantId,
            Caller caller) {
        return reading.loans(MerchantAccess.actingFor(merchantId, caller));
    }

    @GetMapping("/loans/{planId}")
    @Operation(
            summary = "Read one of a merchant's loans",
            description = "The loan as the plan view shows it (its schedule: each installment's due date, what it"
                    + " owed, paid and still owes; what is due today and what pays the loan off), and its ledger:"
                    + " every entry booked on it, oldest first (the disbursement, each sweep's and payment's parts,"
                    + " interest waived, late fees charged)."
                    + WHO)
    @ApiResponse(responseCode = "200", description = "The loan and its ledger.")
    @ApiResponse(responseCode = "403", description = "The caller may not act for this merchant.")
    @ApiResponse(responseCode = "404", description = "The merchant has no loan with this id.")
    @PreAuthorize(MerchantAccess.LOANS_READ)
    MerchantLoanDetail loan(
            @Parameter(description = MERCHANT_ID_DESCRIPTION) @PathVariable @Pattern(regexp = MerchantId.FORMAT)
                    String merchantId,
            @PathVariable UUID planId,
            Caller caller) {
        return reading.loan(MerchantAccess.actingFor(merchantId, caller), PlanId.of(planId));
    }

    @GetMapping("/statements/{month}")
    @Operation(
            summary = "A merchant's monthly loan statement",
            description = "The merchant's loans over a month, from their ledgers: for each loan opened by the month's"
                    + " end and in total, the principal owed at the start of the month, drawn, repaid and written off,"
                    + " the principal owed at its end (opening + drawn - repaid - written off = closing), the"
                    + " interest and late fees paid, the late fees charged, what was waived and recovered; and each"
                    + " movement of the month by date: disbursements, sales sweeps (with the day of sales each"
                    + " swept), payments, late fees charged. The current month is shown so far. As CSV with Accept:"
                    + " text/csv (a LOAN row and its MOVEMENT rows per loan, then the TOTAL row)."
                    + WHO)
    @ApiResponse(
            responseCode = "200",
            description = "The statement.",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                        schema = @Schema(implementation = MerchantLoanStatement.class)),
                @Content(mediaType = CSV, schema = @Schema(type = "string", description = "The statement as CSV."))
            })
    @ApiResponse(responseCode = "403", description = "The caller may not act for this merchant.")
    @ApiResponse(responseCode = "422", description = "The month is after the business date's month.")
    @PreAuthorize(MerchantAccess.LOANS_READ)
    MerchantLoanStatement statement(
            @Parameter(description = MERCHANT_ID_DESCRIPTION) @PathVariable @Pattern(regexp = MerchantId.FORMAT)
                    String merchantId,
            @Parameter(description = "The month, as YYYY-MM.", example = "2026-12")
                    @PathVariable
                    @Pattern(regexp = MONTH)
                    String month,
            Caller caller) {
        return reading.statement(MerchantAccess.actingFor(merchantId, caller), YearMonth.parse(month));
    }

    /** The same statement as CSV: documented with the JSON one, as its other content type. */
    @GetMapping(value = "/statements/{month}", produces = CSV)
    @PreAuthorize(MerchantAccess.LOANS_READ)
    @Operation(hidden = true)
    String statementCsv(
            @PathVariable @Pattern(regexp = MerchantId.FORMAT) String merchantId,
            @PathVariable @Pattern(regexp = MONTH) String month,
            Caller caller) {
        return MerchantLoanStatementCsv.of(statement(merchantId, month, caller));
    }
}
