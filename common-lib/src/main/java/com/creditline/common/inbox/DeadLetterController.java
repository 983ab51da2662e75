package com.creditline.common.inbox;

import com.creditline.common.security.Access;
import com.creditline.common.security.AuditReason;
import com.creditline.common.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Ops read the messages this service could not process, and hand one to its handler again. */
@RestController
@Tag(name = "Dead letters", description = "Messages this service's inbox could not process after its retries")
public class DeadLetterController {

    private final DeadLetters deadLetters;
    private final DeadLetterRedriving redriving;

    public DeadLetterController(DeadLetters deadLetters, DeadLetterRedriving redriving) {
        this.deadLetters = deadLetters;
        this.redriving = redriving;
    }

    @Operation(
            summary = "The dead letters",
            description = "The latest messages the inbox gave up on, newest first (50 unless `limit` says"
                    + " otherwise, at most 500): topic, partition, offset, the error, when it failed, and the"
                    + " message as it came. Through the gateway: /api/v1/admin/dead-letters/<service>.")
    @ApiResponse(responseCode = "200", description = "The dead letters, newest first.")
    @GetMapping("/api/v1/admin/dead-letters")
    @PreAuthorize(Access.STAFF)
    public List<Map<String, Object>> latest(@RequestParam(defaultValue = "50") int limit) {
        return deadLetters.latest(Math.max(1, Math.min(limit, 500)));
    }

    @Operation(
            summary = "Re-drive a dead letter",
            description = "Hands the dead letter's stored message to its handler again, through the inbox (an"
                    + " event processed before is not applied twice). On success the dead letter is removed"
                    + " and the answer says what the inbox did: PROCESSED, DUPLICATE (processed before) or"
                    + " IGNORED (no handler here for its type). An admin change: send an Audit-Reason."
                    + " Through the gateway: /api/v1/admin/dead-letters/<service>/{id}/redrive.")
    @ApiResponse(responseCode = "200", description = "Handled; the dead letter is removed.")
    @ApiResponse(responseCode = "404", description = "No dead letter has this id (re-driven already?).")
    @ApiResponse(
            responseCode = "409",
            description = "The handler failed again; the dead letter stays, with the new error.")
    @PostMapping("/api/v1/admin/dead-letters/{id}/redrive")
    @PreAuthorize(Access.ADMIN)
    public DeadLetterRedriving.Redriven redrive(
            @PathVariable long id,
            @RequestHeader(name = AuditReason.HEADER, required = false) String reason,
            Caller caller) {
        String why = AuditReason.decoded(reason);
        if (why == null || why.isBlank() || why.length() > 500) {
            throw new IllegalArgumentException(
                    "An admin change must say why: send an Audit-Reason header (1-500 characters).");
        }
        return redriving.redrive(id, caller.actor(), why.strip());
    }
}
