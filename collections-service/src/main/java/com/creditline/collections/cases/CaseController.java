package com.creditline.collections.cases;

import com.creditline.collections.CollectionsAccess;
import com.creditline.collections.cases.CaseView.PromiseView;
import com.creditline.collections.cases.model.MakePromise;
import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import com.creditline.common.security.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Collections cases: the shop and staff read one or a customer's; the customer's own channel (the
 * shop) or a collector records a promise to pay.
 */
@RestController
@RequestMapping("/api/v1/collections/cases")
@Tag(
        name = "Collections cases",
        description = "A customer's delinquency: its bucket, escalation, promises to pay and recoveries.")
class CaseController {

    private final CaseReading reads;
    private final PromiseTracking promises;

    CaseController(CaseReading reads, PromiseTracking promises) {
        this.reads = reads;
        this.promises = promises;
    }

    @Schema(
            example = "{\"promisedDate\": \"2026-12-10\","
                    + " \"amount\": {\"amount\": \"350.00\", \"currency\": \"CNY\"}}")
    record PromiseToPayRequest(
            @NotNull LocalDate promisedDate, @NotNull Money amount) {}

    @GetMapping("/{caseId}")
    @Operation(
            summary = "Read a collections case",
            description = "The case opened when a customer fell past due: its status (OPEN, CLOSED,"
                    + " CHARGED_OFF), days past due and bucket, the amount overdue, the escalation reached"
                    + " and its promises to pay. Once repayment has charged the customer's loans off, the"
                    + " case is CHARGED_OFF with the day and the principal and fees written off, and the"
                    + " payments received since as recoveries. For the shop and staff.")
    @ApiResponse(responseCode = "200", description = "The case.")
    @ApiResponse(responseCode = "404", description = "No collections case has that id.")
    @PreAuthorize(Access.CUSTOMER_READ)
    CaseView get(@PathVariable UUID caseId) {
        return reads.byId(caseId);
    }

    /** The customer's cases, the latest first; an empty list for a customer never delinquent. */
    @GetMapping
    @Operation(
            summary = "List a customer's collections cases",
            description = "The customer's cases, the latest first; an empty list for a customer never"
                    + " delinquent. For the shop and staff.")
    @ApiResponse(responseCode = "200", description = "The cases, the latest first.")
    @PreAuthorize(Access.CUSTOMER_READ)
    List<CaseView> byCustomer(@RequestParam CustomerId customerId) {
        return reads.byCustomer(customerId);
    }

    @PostMapping("/{caseId}/promises")
    @Operation(
            summary = "Record a promise to pay",
            description = "The customer (through the shop) or a collector records that the customer will"
                    + " pay a positive amount by a date, from the business date up to the policy's horizon"
                    + " ahead. Escalation of the case waits until that date; a promise not kept by then is"
                    + " broken and escalation resumes. A case holds one open promise at a time, and only"
                    + " an open case takes one.")
    @ApiResponse(responseCode = "201", description = "The promise, open.")
    @ApiResponse(responseCode = "404", description = "No collections case has that id.")
    @ApiResponse(
            responseCode = "409",
            description = "The case is not open, or it already has an open promise to pay (or a request"
                    + " with the same Idempotency-Key is still being processed).")
    @ApiResponse(
            responseCode = "422",
            description = "The amount is not positive, the date is before the business date or beyond the"
                    + " horizon (or the Idempotency-Key was used before with a different request).")
    @PreAuthorize(CollectionsAccess.COLLECTIONS_WRITE)
    @ResponseStatus(HttpStatus.CREATED)
    PromiseView promise(@PathVariable UUID caseId, @Valid @RequestBody PromiseToPayRequest request) {
        return PromiseView.of(promises.make(caseId, new MakePromise(request.promisedDate(), request.amount())));
    }
}
