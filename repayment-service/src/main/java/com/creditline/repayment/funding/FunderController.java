package com.creditline.repayment.funding;

import com.creditline.common.security.Access;
import com.creditline.common.security.Caller;
import com.creditline.repayment.funding.FunderRegistry.ChangingStatus;
import com.creditline.repayment.funding.FunderRegistry.ChangingTerms;
import com.creditline.repayment.funding.FunderRegistry.Registering;
import com.creditline.repayment.funding.model.FunderKind;
import com.creditline.repayment.funding.model.FunderStatus;
import com.creditline.repayment.funding.model.FundingTermsRules;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ops keep the register of funders (docs/funding.md): an admin registers a funder, changes its
 * terms and suspends or reactivates it, always with a reason in the Audit-Reason header, logged
 * under the caller's name; any staff member reads the funders and where each stands.
 */
@RestController
@RequestMapping("/api/v1/admin/funders")
@Tag(
        name = "Funders",
        description = "Banks and consumer-finance companies that fund plans jointly with the platform's own lender:"
                + " their terms, exposure and daily quota. Changes are for admins, with an Audit-Reason.")
class FunderController {

    /** The gateway's header for why an admin change is made; required here too, and logged. */
    static final String AUDIT_REASON = "Audit-Reason";

    private static final String REASON_DESCRIPTION = "Why the change is made (1-500 characters): logged with the"
            + " caller's name, and kept in the gateway's audit log, which requires it of every admin change.";

    private final FunderRegistry registry;

    FunderController(FunderRegistry registry) {
        this.registry = registry;
    }

    @Schema(
            description = "A funder to register.",
            example = "{\"funderId\": \"bank-of-ningbo\", \"name\": \"Bank of Ningbo\", \"kind\": \"BANK\","
                    + " \"priority\": 10, \"settlementAccount\": \"NBCB 8100 0012 3456 789\", \"terms\": {"
                    + "\"grades\": [\"A\", \"B\"], \"minimumInstallments\": 3, \"maximumInstallments\": 12,"
                    + " \"minimumShare\": 0.2, \"maximumShare\": 0.7,"
                    + " \"exposureCap\": {\"amount\": \"50000000.00\", \"currency\": \"CNY\"},"
                    + " \"dailyQuota\": {\"amount\": \"2000000.00\", \"currency\": \"CNY\"}, \"yieldRate\": 0.065}}")
    record RegisterFunder(
            @Schema(description = "Its id for good: lowercase letters, digits and inner hyphens, 3-40 characters.")
            @NotBlank
            @Pattern(regexp = FundingTermsRules.FUNDER_ID)
            String funderId,

            @NotBlank @Size(max = 200) String name,
            @NotNull FunderKind kind,

            @Schema(description = "Its order of preference among funders: lower first.") @NotNull @Min(0) @Max(9999)
            Integer priority,

            @NotNull @Valid FunderView.Terms terms,

            @Schema(description = "The business bank account its money is settled to.") @NotBlank @Size(max = 100)
            String settlementAccount,

            @Schema(
                    types = {"string", "null"},
                    nullable = true,
                    description = "The gateway partner whose funding:read keys may read this funder's statements and"
                            + " loan tape; absent when no partner may.")
            @Size(min = 1, max = 100)
            String partnerId) {}

    @Schema(
            description = "A funder's new terms, priority and settlement account; the plans it funds already keep"
                    + " their shares.")
    record ChangeTerms(
            @NotNull @Min(0) @Max(9999) Integer priority,
            @NotNull @Valid FunderView.Terms terms,
            @NotBlank @Size(max = 100) String settlementAccount,

            @Schema(
                    types = {"string", "null"},
                    nullable = true,
                    description = "The gateway partner whose funding:read keys may read this funder's statements and"
                            + " loan tape; absent when no partner may.")
            @Size(min = 1, max = 100)
            String partnerId) {}

    @Schema(example = "{\"status\": \"SUSPENDED\"}")
    record ChangeStatus(@NotNull FunderStatus status) {}

    @PostMapping
    @PreAuthorize(Access.ADMIN)
    @Operation(
            summary = "Register a funder",
            description = "An admin registers a bank or consumer-finance company with its terms; it is ACTIVE and"
                    + " holds nothing. Its maximum share is at most 1 minus the platform's own minimum share"
                    + " (0.70 by default: the platform's lender keeps at least 30% of every joint loan).")
    @ApiResponse(responseCode = "201", description = "The funder is registered.")
    @ApiResponse(responseCode = "409", description = "A funder with this id is registered already.")
    @ApiResponse(
            responseCode = "422",
            description = "The terms break a rule: grades outside A-E, installments outside 1-24 or the minimum above"
                    + " the maximum, a share not above 0 or above what the platform leaves, a yield outside 0-0.24,"
                    + " a negative exposure cap or daily quota.")
    ResponseEntity<FunderView> register(
            @Valid @RequestBody RegisterFunder request,
            @Parameter(description = REASON_DESCRIPTION, schema = @Schema(minLength = 1, maxLength = 500))
                    @RequestHeader(AUDIT_REASON)
                    String reason,
            Caller caller) {
        FunderView view = FunderView.of(registry.register(new Registering(
                request.funderId(),
                request.name(),
                request.kind(),
                request.priority(),
                request.terms().toTerms(),
                request.settlementAccount(),
                request.partnerId(),
                caller.actor(),
                why(reason))));
        return ResponseEntity.created(URI.create("/api/v1/admin/funders/" + view.funderId()))
                .body(view);
    }

    @PutMapping("/{funderId}/terms")
    @PreAuthorize(Access.ADMIN)
    @Operation(
            summary = "Change a funder's terms",
            description = "New terms, priority and settlement account, under the same rules as at registration. The"
                    + " plans it already funds keep their shares; what it holds stays its exposure, even above a"
                    + " lowered cap (it takes nothing new until it is under the cap again).")
    @ApiResponse(responseCode = "200", description = "The funder with its new terms.")
    @ApiResponse(responseCode = "404", description = "No funder has this id.")
    @ApiResponse(
            responseCode = "409",
            description = "Another request changed the same funder at the same time; read it again and retry.")
    @ApiResponse(responseCode = "422", description = "The terms break a rule (as at registration).")
    FunderView changeTerms(
            @PathVariable String funderId,
            @Valid @RequestBody ChangeTerms request,
            @Parameter(description = REASON_DESCRIPTION, schema = @Schema(minLength = 1, maxLength = 500))
                    @RequestHeader(AUDIT_REASON)
                    String reason,
            Caller caller) {
        return FunderView.of(registry.changeTerms(new ChangingTerms(
                funderId,
                request.priority(),
                request.terms().toTerms(),
                request.settlementAccount(),
                request.partnerId(),
                caller.actor(),
                why(reason))));
    }

    @PutMapping("/{funderId}/status")
    @PreAuthorize(Access.ADMIN)
    @Operation(
            summary = "Suspend or reactivate a funder",
            description = "A SUSPENDED funder takes no new plans and keeps what it holds; ACTIVE takes plans again."
                    + " Setting the status it has already changes nothing.")
    @ApiResponse(responseCode = "200", description = "The funder with its status.")
    @ApiResponse(responseCode = "404", description = "No funder has this id.")
    @ApiResponse(
            responseCode = "409",
            description = "Another request changed the same funder at the same time; read it again and retry.")
    FunderView changeStatus(
            @PathVariable String funderId,
            @Valid @RequestBody ChangeStatus request,
            @Parameter(description = REASON_DESCRIPTION, schema = @Schema(minLength = 1, maxLength = 500))
                    @RequestHeader(AUDIT_REASON)
                    String reason,
            Caller caller) {
        return FunderView.of(
                registry.changeStatus(new ChangingStatus(funderId, request.status(), caller.actor(), why(reason))));
    }

    @GetMapping
    @PreAuthorize(Access.STAFF)
    @Operation(
            summary = "The funders",
            description = "Every funder in its order of preference (lower priority first), with its terms, exposure"
                    + " and what it funded on the business date.")
    @ApiResponse(responseCode = "200", description = "The funders.")
    List<FunderView> funders() {
        return registry.list().stream().map(FunderView::of).toList();
    }

    @GetMapping("/{funderId}")
    @PreAuthorize(Access.STAFF)
    @Operation(
            summary = "Read a funder",
            description = "Its terms, status, priority, the principal it holds (its exposure) and its room under the"
                    + " cap, and what it funded on the business date against its daily quota.")
    @ApiResponse(responseCode = "200", description = "The funder.")
    @ApiResponse(responseCode = "404", description = "No funder has this id.")
    FunderView funder(@PathVariable String funderId) {
        return FunderView.of(registry.read(funderId));
    }

    @GetMapping("/{funderId}/changes")
    @PreAuthorize(Access.STAFF)
    @Operation(
            summary = "A funder's change history",
            description = "Every registration, terms change and status change of the funder, oldest first: when,"
                    + " who (the staff caller), why (the Audit-Reason) and the funder before and after.")
    @ApiResponse(responseCode = "200", description = "The funder's changes.")
    @ApiResponse(responseCode = "404", description = "No funder has this id.")
    List<FunderChanges.FunderChange> changes(@PathVariable String funderId) {
        return registry.changes(funderId);
    }

    /**
     * The reason, checked here rather than by a constraint on the header: a constraint on a
     * parameter would report the body's invalid fields under the parameter's name instead of their own.
     */
    private static String why(String reason) {
        if (reason.isBlank() || reason.length() > 500) {
            throw new IllegalArgumentException(
                    "An admin change must say why: send an Audit-Reason header (1-500 characters).");
        }
        return reason.strip();
    }
}
