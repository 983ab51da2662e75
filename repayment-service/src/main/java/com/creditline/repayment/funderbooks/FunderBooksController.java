package com.creditline.repayment.funderbooks;

import com.creditline.common.security.Caller;
import com.creditline.repayment.RepaymentAccess;
import com.creditline.repayment.funding.FunderScoping;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A funder's books as the funder reads them, as JSON or as CSV (Accept: text/csv): its daily
 * statement and its loan tape. Staff read every funder's; a partner's funding:read key only the
 * funder linked to it, any other being not found to it.
 */
@RestController
@RequestMapping("/api/v1/funders/{funderId}")
@Tag(
        name = "Funder books",
        description = "What a funder sees: its daily statement from the journal and its loan tape, as JSON or CSV."
                + " Staff, or the funder's partner with a funding:read key.")
class FunderBooksController {

    static final String CSV = "text/csv";

    private static final String WHO = " Staff read every funder's; a partner's funding:read key reads only the funder"
            + " linked to its partner (any other funder is not found to it).";

    private final FunderScoping scoping;
    private final FunderStatements statements;
    private final LoanTape tape;

    FunderBooksController(FunderScoping scoping, FunderStatements statements, LoanTape tape) {
        this.scoping = scoping;
        this.statements = statements;
        this.tape = tape;
    }

    @GetMapping("/statements/{date}")
    @PreAuthorize(RepaymentAccess.FUNDING_READ)
    @Operation(
            summary = "A funder's daily statement",
            description = "The journal lines whose holder is the funder, of the entries of the business date, one line"
                    + " per plan (and one BOOK line for entries about no plan), one column per account its books use"
                    + " (the net movement on the account's normal side); the balances before and at the end of the"
                    + " date (the principal it held); and the tie-out of the totals against the journal's own, whose"
                    + " differences are zero. As CSV with Accept: text/csv (rows PLAN, BOOK, TOTAL, JOURNAL,"
                    + " DIFFERENCE, OPENING, CLOSING)."
                    + WHO)
    @ApiResponse(
            responseCode = "200",
            description = "The statement.",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                        schema = @Schema(implementation = FunderStatement.class)),
                @Content(mediaType = CSV, schema = @Schema(type = "string", description = "The statement as CSV."))
            })
    @ApiResponse(responseCode = "404", description = "No funder has this id (or it is not the partner's funder).")
    @ApiResponse(responseCode = "422", description = "The date is after the business date: it has not begun.")
    FunderStatement statement(
            @PathVariable String funderId,
            @Parameter(description = "A closed business date, or today's (so far).") @PathVariable LocalDate date,
            Caller caller) {
        scoping.readableBy(funderId, caller);
        return statements.statement(funderId, date);
    }

    /** The same statement as CSV: documented with the JSON one, as its other content type. */
    @GetMapping(value = "/statements/{date}", produces = CSV)
    @PreAuthorize(RepaymentAccess.FUNDING_READ)
    @Operation(hidden = true)
    String statementCsv(@PathVariable String funderId, @PathVariable LocalDate date, Caller caller) {
        return FunderBooksCsv.statement(statement(funderId, date, caller));
    }

    @GetMapping("/loans")
    @PreAuthorize(RepaymentAccess.FUNDING_READ)
    @Operation(
            summary = "A funder's loan tape",
            description = "Every plan the funder holds or held, oldest capture first, a page at a time: its terms,"
                    + " the funder's share and principal funded and held, its status, days past due, next due date"
                    + " and amount due, and its charge-off date; nothing that names the customer. As CSV with"
                    + " Accept: text/csv (the page's loans under a header row)."
                    + WHO)
    @ApiResponse(
            responseCode = "200",
            description = "A page of the loan tape.",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                        schema = @Schema(implementation = FunderLoanTape.class)),
                @Content(mediaType = CSV, schema = @Schema(type = "string", description = "The page's loans as CSV."))
            })
    @ApiResponse(responseCode = "404", description = "No funder has this id (or it is not the partner's funder).")
    FunderLoanTape loans(
            @PathVariable String funderId,
            @Parameter(description = "The page, from 0.") @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000)
                    int page,
            @Parameter(description = "Loans on a page, 1-1000.") @RequestParam(defaultValue = "100") @Min(1) @Max(1000)
                    int size,
            Caller caller) {
        scoping.readableBy(funderId, caller);
        return tape.page(funderId, page, size);
    }

    /** The same page of the loan tape as CSV: documented with the JSON one, as its other content type. */
    @GetMapping(value = "/loans", produces = CSV)
    @PreAuthorize(RepaymentAccess.FUNDING_READ)
    @Operation(hidden = true)
    String loansCsv(
            @PathVariable String funderId,
            @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size,
            Caller caller) {
        return FunderBooksCsv.loans(loans(funderId, page, size, caller));
    }
}
