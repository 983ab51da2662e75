package com.creditline.checkout.partner;

import com.creditline.common.id.CustomerId;
import com.creditline.common.security.Access;
import com.creditline.common.security.Caller;
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
class PartnerLinkController {

    private final PartnerLinking consents;

    PartnerLinkController(PartnerLinking consents) {
        this.consents = consents;
    }

    record GrantLink(
            @NotNull @Pattern(regexp = PartnerLinking.PARTNER_ID)
            String partnerId,

            @NotBlank @Size(max = 200) String purpose) {}

    record LinkView(
            String partnerId,
            String purpose,
            boolean active,
            Instant grantedAt,
            String grantedBy,
            Instant withdrawnAt,
            String withdrawnBy,
            String withdrawalReason) {

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
    ResponseEntity<LinkView> grant(
            @PathVariable CustomerId customerId, @Valid @RequestBody GrantLink request, Caller caller) {
        notAPartner(caller);
        PartnerLinking.Grant grant =
                consents.grant(customerId.value(), request.partnerId(), request.purpose(), caller.actor());
        return ResponseEntity.status(grant.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(LinkView.of(grant.link()));
    }

    @DeleteMapping("/{partnerId}")
    @PreAuthorize(Access.CUSTOMER_WRITE)
    ResponseEntity<Void> withdraw(
            @PathVariable CustomerId customerId,
            @PathVariable @Pattern(regexp = PartnerLinking.PARTNER_ID) String partnerId,
            @RequestParam(required = false) @Size(max = 200) String reason,
            Caller caller) {
        notAPartner(caller);
        consents.withdraw(customerId.value(), partnerId, caller.actor(), reason);
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    @PreAuthorize(Access.CUSTOMER_READ)
    List<LinkView> history(@PathVariable CustomerId customerId, Caller caller) {
        notAPartner(caller);
        return consents.history(customerId.value()).stream().map(LinkView::of).toList();
    }

    private static void notAPartner(Caller caller) {
        if (caller.isPartner()) {
            throw new AccessDeniedException("partners do not manage customers' consents");
        }
    }
}
