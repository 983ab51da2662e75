package com.creditline.gateway.audit;

import com.creditline.common.security.Access;
import com.creditline.gateway.Blocking;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Admins read the audit log, newest first, optionally for one actor (e.g. {@code staff:alice}). */
@RestController
@Tag(name = "Audit", description = "Who changed what through the admin endpoints, and why")
class AuditController {

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @Operation(
            summary = "The audit log",
            description = "Every admin request that may change something: who (staff member and roles), the method"
                    + " and path, the Audit-Reason given, the correlation id, when, and the status it got. Newest"
                    + " first; at most 1,000 entries (100 unless limit says otherwise).")
    @GetMapping("/api/v1/admin/audit")
    @PreAuthorize(Access.ADMIN)
    Mono<List<AuditLog.Entry>> latest(
            @RequestParam(required = false) String actor, @RequestParam(defaultValue = "100") int limit) {
        return Blocking.call(() -> log.latest(actor, Math.max(1, Math.min(limit, 1000))));
    }
}
