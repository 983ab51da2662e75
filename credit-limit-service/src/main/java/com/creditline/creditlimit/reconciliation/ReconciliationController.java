package com.creditline.creditlimit.reconciliation;

import com.creditline.common.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admins run the reconciliation and read every difference with its likely cause. */
@RestController
class ReconciliationController {

    private final Reconciler reconciler;

    ReconciliationController(Reconciler reconciler) {
        this.reconciler = reconciler;
    }

    @GetMapping("/api/v1/admin/reconciliation")
    @PreAuthorize(Access.ADMIN)
    Reconciler.Report run() {
        return reconciler.run();
    }
}
