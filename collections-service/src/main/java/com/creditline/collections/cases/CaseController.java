package com.creditline.collections.cases;

import com.creditline.collections.cases.CaseView.PromiseView;
import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import com.creditline.common.security.Access;
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
class CaseController {

    private final CaseReading reads;
    private final PromiseTracking promises;

    CaseController(CaseReading reads, PromiseTracking promises) {
        this.reads = reads;
        this.promises = promises;
    }

    record PromiseToPayRequest(
            @NotNull LocalDate promisedDate, @NotNull Money amount) {}

    @GetMapping("/{caseId}")
    @PreAuthorize(Access.CUSTOMER_READ)
    CaseView get(@PathVariable UUID caseId) {
        return reads.byId(caseId);
    }

    /** The customer's cases, the latest first; an empty list for a customer never delinquent. */
    @GetMapping
    @PreAuthorize(Access.CUSTOMER_READ)
    List<CaseView> byCustomer(@RequestParam CustomerId customerId) {
        return reads.byCustomer(customerId.value());
    }

    @PostMapping("/{caseId}/promises")
    @PreAuthorize(Access.COLLECTIONS_WRITE)
    @ResponseStatus(HttpStatus.CREATED)
    PromiseView promise(@PathVariable UUID caseId, @Valid @RequestBody PromiseToPayRequest request) {
        return PromiseView.of(promises.make(caseId, request.promisedDate(), request.amount()));
    }
}
