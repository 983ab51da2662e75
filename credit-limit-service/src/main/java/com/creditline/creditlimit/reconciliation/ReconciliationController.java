package com.creditline.creditlimit.reconciliation;

import com.creditline.common.security.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff run the reconciliation (it only reads) and read every difference with its likely cause. */
@RestController
@Tag(name = "Reconciliation", description = "Checks the credit lines against the repayment ledger.")
class ReconciliationController {

    private final Reconciler reconciler;

    ReconciliationController(Reconciler reconciler) {
        this.reconciler = reconciler;
    }

    @GetMapping("/api/v1/admin/reconciliation")
    @Operation(
            summary = "Reconcile the credit lines with the repayment ledger",
            description =
                    "For staff (it only reads; the operations console shows it to admins and viewers): compares every line's principal outstanding with what"
                            + " repayment-service's plans say is owed, and lists each difference with its likely"
                            + " cause. Reads only; changes nothing.")
    @ApiResponse(responseCode = "200", description = "The report, with every difference found.")
    @PreAuthorize(Access.STAFF)
    Reconciler.Report run() {
        return reconciler.run();
    }
}
