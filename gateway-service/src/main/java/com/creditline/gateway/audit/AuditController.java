package com.creditline.gateway.audit;

import com.creditline.common.security.Access;
import com.creditline.gateway.Blocking;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Admins read the audit log, newest first, optionally for one actor (e.g. {@code staff:alice}). */
@RestController
class AuditController {

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/api/v1/admin/audit")
    @PreAuthorize(Access.ADMIN)
    Mono<List<AuditLog.Entry>> latest(
            @RequestParam(required = false) String actor, @RequestParam(defaultValue = "100") int limit) {
        return Blocking.call(() -> log.latest(actor, Math.max(1, Math.min(limit, 1000))));
    }
}
