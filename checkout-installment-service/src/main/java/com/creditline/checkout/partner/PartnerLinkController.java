package com.creditline.checkout.partner;

import com.creditline.checkout.partner.model.LinkGrant;
import com.creditline.checkout.partner.model.LinkWithdrawal;
import com.creditline.checkout.partner.model.PartnerLink;
import com.creditline.common.id.CustomerId;
import com.creditline.common.id.PartnerId;
import com.creditline.common.id.TextId;
import com.creditline.common.security.Access;
import com.creditline.common.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A customer's partner links, for the first-party shop acting for the customer (and staff reading
 * them): grant, withdraw, and the history of their consents. Partners never reach these, whatever
 * their token says: a partner cannot consent on the customer's behalf.
 */
@RestController
@RequestMapping("/api/v1/customers/{customerId}/partner-links")
@Tag(
        name = "Partner links",
        description = "A customer's consent to let a partner platform use their credit line: for the shop acting"
                + " for the customer, and staff. Never reachable by a partner.")
class PartnerLinkController {

    private final PartnerLinking consents;

    PartnerLinkController(PartnerLinking consents) {
        this.consents = consents;
    }

    @Schema(
            description = "The partner to link and why the customer agreed.",
            example = "{\"partnerId\": \"travel-co\", \"purpose\": \"Pay for trips in installments\"}")
    record GrantLink(
            @NotNull @Pattern(regexp = TextId.FORMAT) String partnerId,

            @NotBlank @Size(max = 200) String purpose) {}

    /** A link; the withdrawal's fields are null while it is active. */
    record LinkView(
            PartnerId partnerId,
            String purpose,
            boolean active,
            Instant grantedAt,
            String grantedBy,

            @Schema(
                    types = {"string", "null"},
                    format = "date-time")
            Instant withdrawnAt,

            @Schema(types = {"string", "null"}) String withdrawnBy,
            @Schema(types = {"string", "null"}) String withdrawalReason) {

        static LinkView of(PartnerLink link) {
            return new LinkView(
                    link.partnerId(),
                    link.purpose(),
                    link.isActive(),
                    link.grantedAt(),
                    link.grantedBy(),
                    link.withdrawnAt(),
                    link.withdrawnBy(),
                    link.withdrawalReason());
        }
    }

    /** 201 with the new link; 200 with the existing one when it is already active. */
    @PostMapping
    @PreAuthorize(Access.CUSTOMER_WRITE)
    @Operation(
            summary = "Link the customer's line to a partner",
            description = "Records the customer's consent. Only a customer with a credit line can link it. Granting"
                    + " again while the link is active changes nothing and answers the existing link, with its"
                    + " original purpose (a new purpose is a new consent, after a withdrawal).")
    @ApiResponse(responseCode = "201", description = "The new link.")
    @ApiResponse(responseCode = "200", description = "The link was already active: the existing link.")
    @ApiResponse(responseCode = "403", description = "Partners do not manage customers' consents.")
    @ApiResponse(responseCode = "404", description = "The customer has no approved credit line.")
    ResponseEntity<LinkView> grant(
            @PathVariable CustomerId customerId, @Valid @RequestBody GrantLink request, Caller caller) {
        notAPartner(caller);
        PartnerLinking.Grant grant = consents.grant(
                new LinkGrant(customerId, PartnerId.of(request.partnerId()), request.purpose(), caller.actor()));
        return ResponseEntity.status(grant.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(LinkView.of(grant.link()));
    }

    @DeleteMapping("/{partnerId}")
    @PreAuthorize(Access.CUSTOMER_WRITE)
    @Operation(
            summary = "Withdraw the customer's link to a partner",
            description = "From now on the partner can no longer quote, authorise or read orders for the customer;"
                    + " what it placed before stays. Withdrawing a withdrawn link changes nothing.")
    @ApiResponse(responseCode = "204", description = "The link is withdrawn.")
    @ApiResponse(responseCode = "403", description = "Partners do not manage customers' consents.")
    @ApiResponse(responseCode = "404", description = "The customer never linked their line to that partner.")
    ResponseEntity<Void> withdraw(
            @PathVariable CustomerId customerId,
            @PathVariable @Pattern(regexp = TextId.FORMAT) String partnerId,
            @RequestParam(required = false) @Size(max = 200) String reason,
            Caller caller) {
        notAPartner(caller);
        consents.withdraw(new LinkWithdrawal(customerId, PartnerId.of(partnerId), caller.actor(), reason));
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    @PreAuthorize(Access.CUSTOMER_READ)
    @Operation(
            summary = "The customer's partner links",
            description =
                    "Every link the customer granted, newest first, withdrawn ones included: the consent" + " history.")
    @ApiResponse(responseCode = "200", description = "The links, newest first.")
    @ApiResponse(responseCode = "403", description = "Partners do not manage customers' consents.")
    List<LinkView> history(@PathVariable CustomerId customerId, Caller caller) {
        notAPartner(caller);
        return consents.history(customerId).stream().map(LinkView::of).toList();
    }

    private static void notAPartner(Caller caller) {
        if (caller.isPartner()) {
            throw new AccessDeniedException("partners do not manage customers' consents");
        }
    }
}
