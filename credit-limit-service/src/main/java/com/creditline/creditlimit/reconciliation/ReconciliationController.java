package com.creditline.creditlimit.reconciliation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Ops run the reconciliation and read every difference with its likely cause. */
@RestController
class ReconciliationController {

    private final Reconciler reconciler;

    ReconciliationController(Reconciler reconciler) {
        this.reconciler = reconciler;
    }

    @GetMapping("/api/v1/admin/reconciliation")
    Reconciler.Report run() {
        return reconciler.run();
    }
}
