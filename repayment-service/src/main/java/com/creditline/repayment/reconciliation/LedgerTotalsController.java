package com.creditline.repayment.reconciliation;

import com.creditline.common.security.Access;
import com.creditline.repayment.reconciliation.LedgerTotals.CustomerTotals;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ledger's totals per customer, for credit-limit-service's reconciliation (internal: the
 * gateway does not route {@code /internal/...}, and only a peer service's token is accepted).
 * Hidden from the OpenAPI document: it is for a peer service, not for partners.
 */
@Hidden
@RestController
class LedgerTotalsController {

    private final LedgerTotals totals;

    LedgerTotalsController(LedgerTotals totals) {
        this.totals = totals;
    }

    @GetMapping("/internal/v1/reconciliation/ledger-totals")
    @PreAuthorize(Access.SERVICE)
    List<CustomerTotals> totals() {
        return totals.perCustomer();
    }
}
