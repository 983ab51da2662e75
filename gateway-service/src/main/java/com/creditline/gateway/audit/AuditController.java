package com.creditline.gateway.audit;

import com.creditline.common.security.Access;
import com.creditline.gateway.Blocking;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Admins read and search the audit log, newest first (see {@link AuditSearch} for the filters). */
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
                    + " first; at most 1,000 entries (100 unless limit says otherwise). Every filter is optional:"
                    + " `actor` (`staff:alice`, or the staff member's name `alice`), `method` (POST, PUT, PATCH"
                    + " or DELETE), `path` and `reason` (a text the path or the reason contains, any case),"
                    + " `from` (inclusive) and `to` (exclusive), instants such as `2026-12-01T00:00:00Z`.")
    @ApiResponse(responseCode = "200", description = "The entries that match, newest first.")
    @ApiResponse(
            responseCode = "400",
            description = "A filter is malformed: an unknown method, a text over 500 characters, a time that is"
                    + " no instant, or `from` not before `to`.")
    @GetMapping("/api/v1/admin/audit")
    @PreAuthorize(Access.ADMIN)
    Mono<List<AuditLog.Entry>> search(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String method,
            @RequestParam(required = false) String path,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "100") int limit) {
        AuditSearch search = AuditSearch.of(actor, method, path, reason, from, to, limit);
        return Blocking.call(() -> log.search(search));
    }
}
