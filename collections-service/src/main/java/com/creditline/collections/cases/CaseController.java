package com.creditline.collections.cases;

import com.creditline.collections.cases.CaseView.PromiseView;
import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Collections cases: read one or a customer's, and record a promise to pay. */
@RestController
@RequestMapping("/api/v1/collections/cases")
class CaseController {

    private final CaseReads reads;
    private final Promises promises;

    CaseController(CaseReads reads, Promises promises) {
        this.reads = reads;
        this.promises = promises;
    }

    record PromiseToPayRequest(
            @NotNull LocalDate promisedDate, @NotNull Money amount) {}

    @GetMapping("/{caseId}")
    CaseView get(@PathVariable UUID caseId) {
        return reads.byId(caseId);
    }

    /** The customer's cases, the latest first; an empty list for a customer never delinquent. */
    @GetMapping
    List<CaseView> byCustomer(@RequestParam CustomerId customerId) {
        return reads.byCustomer(customerId.value());
    }

    @PostMapping("/{caseId}/promises")
    @ResponseStatus(HttpStatus.CREATED)
    PromiseView promise(@PathVariable UUID caseId, @Valid @RequestBody PromiseToPayRequest request) {
        return PromiseView.of(promises.make(caseId, request.promisedDate(), request.amount()));
    }
}
