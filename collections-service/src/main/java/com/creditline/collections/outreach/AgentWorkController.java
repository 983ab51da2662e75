package com.creditline.collections.outreach;

import com.creditline.collections.contact.AttemptView;
import com.creditline.collections.contact.model.AgentCall;
import com.creditline.collections.contact.model.CallOutcome;
import com.creditline.collections.outreach.model.CaseAssignment;
import com.creditline.common.security.Access;
import com.creditline.common.security.AuditReason;
import com.creditline.common.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Agents work the queue: a collector claims an open case, releases it, and records the outcome of
 * each call; an admin assigns a case to any agent. Every change says why in the Audit-Reason
 * header (which the gateway requires of every admin change and logs); the holder keeps the latest.
 */
@RestController
@RequestMapping("/api/v1/admin/collections/cases")
@Tag(
        name = "Collections work queue",
        description = "Agents claiming, being assigned and releasing open cases, and recording their calls.")
class AgentWorkController {

    /** The gateway's header for why an admin change is made. */
    static final String AUDIT_REASON = "Audit-Reason";

    private static final String REASON_DESCRIPTION = "Why the change is made (1-500 characters; RFC 8187's"
            + " UTF-8'' form for text a header cannot carry as it is): kept with the case's holder, and in the"
            + " gateway's audit log, which requires it of every admin change.";
    private static final String STAFF_PREFIX = "staff:";

    private final AgentWork work;

    AgentWorkController(AgentWork work) {
        this.work = work;
    }

    @Schema(example = "{\"agent\": \"colin\"}")
    record AssignCase(
            @NotNull @Size(min = 1, max = 64) @Pattern(regexp = "[A-Za-z0-9._@-]+")
            String agent) {}

    @Schema(example = "{\"outcome\": \"PROMISED\", \"note\": \"will pay on Friday\"}")
    record RecordCall(
            @NotNull CallOutcome outcome,

            @Schema(types = {"string", "null"}) @Size(max = 1000)
            String note) {}

    /**
     * Who holds a case of the work queue.
     *
     * @param assignee the agent holding the case; none once released
     * @param changedAt when it was last claimed, assigned or released
     * @param changedBy the staff user who made that change
     * @param reason why (the change's Audit-Reason)
     */
    record CaseHolderView(
            UUID caseId,
            @Schema(types = {"string", "null"}) String assignee,
            @Schema(types = {"string", "null"}) Instant changedAt,
            @Schema(types = {"string", "null"}) String changedBy,
            @Schema(types = {"string", "null"}) String reason) {

        static CaseHolderView of(CaseAssignment a) {
            return new CaseHolderView(a.caseId(), a.agent().orElse(null), a.assignedAt(), a.assignedBy(), a.reason());
        }
    }

    @PostMapping("/{caseId}/claim")
    @PreAuthorize(Access.COLLECTOR)
    @Operation(
            summary = "Claim a case",
            description = "The calling agent takes an open case for themselves: the queue shows them as its"
                    + " assignee. Claiming a case one holds already changes nothing.")
    @ApiResponse(responseCode = "200", description = "The case's holder: the caller.")
    @ApiResponse(responseCode = "400", description = "No Audit-Reason header, or one blank or above 500 characters.")
    @ApiResponse(responseCode = "404", description = "No collections case has that id.")
    @ApiResponse(
            responseCode = "409",
            description = "Another agent holds the case, the case is not open, or another request claimed it at the"
                    + " same time.")
    CaseHolderView claim(
            @PathVariable UUID caseId,
            @Parameter(description = REASON_DESCRIPTION, schema = @Schema(minLength = 1, maxLength = 500))
                    @RequestHeader(AUDIT_REASON)
                    String reason,
            Caller caller) {
        return CaseHolderView.of(work.claim(caseId, agentOf(caller), why(reason)));
    }

    @PutMapping("/{caseId}/assignee")
    @PreAuthorize(Access.ADMIN)
    @Operation(
            summary = "Assign a case to an agent",
            description = "An admin hands an open case to an agent (the staff user's name), whoever held it.")
    @ApiResponse(responseCode = "200", description = "The case's holder: the agent.")
    @ApiResponse(
            responseCode = "400",
            description = "The agent is not a user name (1-64 letters, digits, '.', '_', '@', '-'), or no valid"
                    + " Audit-Reason header.")
    @ApiResponse(responseCode = "404", description = "No collections case has that id.")
    @ApiResponse(
            responseCode = "409",
            description = "The case is not open, or another request changed its holder at the same time.")
    CaseHolderView assign(
            @PathVariable UUID caseId,
            @Valid @RequestBody AssignCase request,
            @Parameter(description = REASON_DESCRIPTION, schema = @Schema(minLength = 1, maxLength = 500))
                    @RequestHeader(AUDIT_REASON)
                    String reason,
            Caller caller) {
        return CaseHolderView.of(work.assign(caseId, request.agent(), agentOf(caller), why(reason)));
    }

    @PostMapping("/{caseId}/release")
    @PreAuthorize(Access.COLLECTOR)
    @Operation(
            summary = "Release a case",
            description = "Its holder lets the case go back to the queue, nobody holding it; an admin may release"
                    + " anyone's. Releasing a case nobody holds changes nothing.")
    @ApiResponse(responseCode = "200", description = "The case's holder: nobody.")
    @ApiResponse(responseCode = "400", description = "No Audit-Reason header, or one blank or above 500 characters.")
    @ApiResponse(responseCode = "404", description = "No collections case has that id.")
    @ApiResponse(
            responseCode = "409",
            description = "Another agent holds the case (and the caller is no admin), or another request changed"
                    + " its holder at the same time.")
    CaseHolderView release(
            @PathVariable UUID caseId,
            @Parameter(description = REASON_DESCRIPTION, schema = @Schema(minLength = 1, maxLength = 500))
                    @RequestHeader(AUDIT_REASON)
                    String reason,
            Caller caller) {
        return CaseHolderView.of(
                work.release(caseId, agentOf(caller), caller.roles().contains("ADMIN"), why(reason)));
    }

    @PostMapping("/{caseId}/calls")
    @PreAuthorize(Access.COLLECTOR)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record a call's outcome",
            description = "The calling agent records a call to the customer about an open case: REACHED, NO_ANSWER,"
                    + " WRONG_NUMBER, PROMISED (the promise itself is recorded with the case's promises) or"
                    + " REFUSED, and an optional note. It is kept as a contact attempt of the agent queue's"
                    + " channel with the agent's name, shown with the case's attempts, and counts against the"
                    + " customer's daily contact cap. The note is never logged.")
    @ApiResponse(responseCode = "201", description = "The call, as a contact attempt.")
    @ApiResponse(
            responseCode = "400",
            description =
                    "No outcome or an unknown one, a note above 1000 characters, or no valid Audit-Reason" + " header.")
    @ApiResponse(responseCode = "404", description = "No collections case has that id.")
    @ApiResponse(responseCode = "409", description = "The case is not open, or another agent holds it.")
    AttemptView recordCall(
            @PathVariable UUID caseId,
            @Valid @RequestBody RecordCall request,
            @Parameter(description = REASON_DESCRIPTION, schema = @Schema(minLength = 1, maxLength = 500))
                    @RequestHeader(AUDIT_REASON)
                    String reason,
            Caller caller) {
        why(reason);
        String note = request.note() == null || request.note().isBlank()
                ? null
                : request.note().strip();
        return AttemptView.of(work.recordCall(caseId, new AgentCall(agentOf(caller), request.outcome(), note)));
    }

    /** The staff user's name ({@code colin} for {@code staff:colin}); the caller's actor for anyone else. */
    static String agentOf(Caller caller) {
        String actor = caller.actor();
        return actor.startsWith(STAFF_PREFIX) ? actor.substring(STAFF_PREFIX.length()) : actor;
    }

    /** The reason, decoded from RFC 8187's {@code UTF-8''} form when it comes so, and checked. */
    private static String why(String header) {
        String reason = AuditReason.decoded(header);
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new IllegalArgumentException(
                    "An admin change must say why: send an Audit-Reason header (1-500 characters).");
        }
        return reason.strip();
    }
}
