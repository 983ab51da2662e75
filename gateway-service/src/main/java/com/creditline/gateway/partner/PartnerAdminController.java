package com.creditline.gateway.partner;

import com.creditline.common.error.NotFound;
import com.creditline.common.id.PartnerId;
import com.creditline.common.security.Access;
import com.creditline.common.security.Caller;
import com.creditline.common.time.BusinessClock;
import com.creditline.gateway.Blocking;
import com.creditline.gateway.partner.model.ApiKey;
import com.creditline.gateway.partner.model.ApiKeyNotFound;
import com.creditline.gateway.partner.model.IssuedKey;
import com.creditline.gateway.partner.model.Partner;
import com.creditline.gateway.partner.model.PartnerKind;
import com.creditline.gateway.partner.model.PartnerNotFound;
import com.creditline.gateway.partner.model.PartnerScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Ops register partners and manage their API keys. A key's secret appears in one answer only. */
@RestController
@Tag(name = "Partners and API keys", description = "Partner platforms and the API keys they call the platform with")
@RequestMapping("/api/v1/admin/partners")
class PartnerAdminController {

    private final PartnerRegistration registration;
    private final ApiKeyIssuing issuing;
    private final Partners partners;
    private final ApiKeys keys;
    private final BusinessClock clock;

    PartnerAdminController(
            PartnerRegistration registration,
            ApiKeyIssuing issuing,
            Partners partners,
            ApiKeys keys,
            BusinessClock clock) {
        this.registration = registration;
        this.issuing = issuing;
        this.partners = partners;
        this.keys = keys;
        this.clock = clock;
    }

    /** With a merchant id, the partner of a merchant enrolled in checkout, under the merchant's id. */
    record RegisterPartner(
            @NotBlank @Size(max = 200) String name,
            @Pattern(regexp = Partner.MERCHANT_ID_FORMAT) String merchantId) {}

    record IssueKey(
            @NotEmpty Set<@NotBlank String> scopes,
            @NotNull @Min(1) @Max(100_000) Integer requestsPerMinute) {}

    record RotateKey(@NotNull Duration overlap) {}

    record KeyView(
            String keyId,
            Set<String> scopes,
            int requestsPerMinute,
            Instant createdAt,
            Instant expiresAt,
            String replacedBy,
            Instant revokedAt,
            boolean valid) {

        static KeyView of(ApiKey key, Instant now) {
            return new KeyView(
                    key.keyId(),
                    PartnerScope.texts(key.scopes()),
                    key.requestsPerMinute(),
                    key.createdAt(),
                    key.expiresAt(),
                    key.replacedBy(),
                    key.revokedAt(),
                    key.isValidAt(now));
        }
    }

    /** The one answer that carries the secret: keep it now, it cannot be shown again. */
    record IssuedKeyView(String apiKey, KeyView key) {}

    record PartnerView(String partnerId, PartnerKind kind, String name, Instant createdAt, List<KeyView> keys) {

        static PartnerView of(Partner partner, List<KeyView> keys) {
            return new PartnerView(
                    partner.partnerId().value(), partner.kind(), partner.name(), partner.createdAt(), keys);
        }
    }

    @Operation(
            summary = "Register a partner",
            description = "An admin registers a partner: a platform that sells on credit through the gateway (kind"
                    + " PLATFORM, a generated id), or, with merchantId, a merchant enrolled in checkout (kind MERCHANT,"
                    + " the partner id is the merchant id). Its API keys are issued next. Audited: send an"
                    + " Audit-Reason header.")
    @ApiResponse(responseCode = "400", description = "No name, or a merchant id that is not a merchant slug.")
    @ApiResponse(responseCode = "409", description = "partner-id-taken: the merchant has a partner already.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.ADMIN)
    Mono<PartnerView> register(@Valid @RequestBody RegisterPartner request, @AuthenticationPrincipal Caller caller) {
        return Blocking.call(() -> {
            Partner partner = registration.register(request.name(), request.merchantId(), caller.actor(), clock.now());
            return PartnerView.of(partner, List.of());
        });
    }

    @Operation(
            summary = "The partners and their keys",
            description = "Every partner, oldest first, with every key it was issued (valid or not) and whether"
                    + " each is valid now; never a key's secret.")
    @ApiResponse(responseCode = "200", description = "The partners.")
    @GetMapping
    @PreAuthorize(Access.STAFF)
    Mono<List<PartnerView>> partners() {
        return Blocking.call(() -> {
            Instant now = clock.now();
            Map<PartnerId, List<KeyView>> keysOf = keys.all().stream()
                    .collect(Collectors.groupingBy(
                            ApiKey::partnerId, Collectors.mapping(k -> KeyView.of(k, now), Collectors.toList())));
            return partners.all().stream()
                    .map(p -> PartnerView.of(p, keysOf.getOrDefault(p.partnerId(), List.of())))
                    .toList();
        });
    }

    @Operation(
            summary = "A partner and its keys",
            description = "The partner and every key it was issued, valid or not; never a key's secret.")
    @ApiResponse(responseCode = "404", description = "No partner with this id.")
    @GetMapping("/{partnerId}")
    @PreAuthorize(Access.STAFF)
    Mono<PartnerView> partner(@PathVariable String partnerId) {
        return Blocking.call(() -> {
            Partner partner = partners.find(partnerId(partnerId, PartnerNotFound::new));
            Instant now = clock.now();
            return PartnerView.of(
                    partner,
                    keys.ofPartner(partner.partnerId()).stream()
                            .map(k -> KeyView.of(k, now))
                            .toList());
        });
    }

    @Operation(
            summary = "Issue an API key",
            description =
                    "A new key for the partner with the scopes it may use and its rate limit. A PLATFORM partner's key:"
                            + " checkout:write, orders:read; funding:read for a funder's key, to read the books of the funder"
                            + " linked to the partner. A MERCHANT partner's key: merchant:sales (send its sales and profile,"
                            + " apply for a line), merchant:loans (see its line, draw, see its loans and statements)."
                            + " The secret is in this answer only and is stored as a hash: keep it now.")
    @ApiResponse(responseCode = "404", description = "No partner with this id.")
    @ApiResponse(
            responseCode = "422",
            description = "scope-not-allowed: a scope that partners may not have; scope-not-for-partner-kind: a"
                    + " merchant scope for a platform, or a platform scope for a merchant.")
    @PostMapping("/{partnerId}/keys")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.ADMIN)
    Mono<IssuedKeyView> issue(
            @PathVariable String partnerId,
            @Valid @RequestBody IssueKey request,
            @AuthenticationPrincipal Caller caller) {
        return Blocking.call(() -> shown(issuing.issue(new KeyIssue(
                partnerId(partnerId, PartnerNotFound::new),
                request.scopes(),
                request.requestsPerMinute(),
                caller.actor(),
                clock.now()))));
    }

    @Operation(
            summary = "Rotate an API key",
            description = "A new key with the same scopes and limit; the old one stays valid for the overlap (at most"
                    + " 30 days) so the partner can switch without downtime. The new secret is in this answer only.")
    @ApiResponse(responseCode = "404", description = "No such partner, or no such key of this partner.")
    @ApiResponse(responseCode = "409", description = "The key is already revoked, expired or replaced.")
    @PostMapping("/{partnerId}/keys/{keyId}/rotation")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.ADMIN)
    Mono<IssuedKeyView> rotate(
            @PathVariable String partnerId,
            @PathVariable String keyId,
            @Valid @RequestBody RotateKey request,
            @AuthenticationPrincipal Caller caller) {
        return Blocking.call(() -> {
            // A bad overlap is refused before the key is looked for, whatever the ids name.
            ApiKey.checkRotationOverlap(request.overlap());
            return shown(issuing.rotate(new KeyRotation(
                    partnerId(partnerId, ApiKeyNotFound::new), keyId, request.overlap(), caller.actor(), clock.now())));
        });
    }

    @Operation(
            summary = "Revoke an API key",
            description = "The key is refused from the next request on, on every gateway replica.")
    @ApiResponse(responseCode = "404", description = "No such partner, or no such key of this partner.")
    @PostMapping("/{partnerId}/keys/{keyId}/revocation")
    @PreAuthorize(Access.ADMIN)
    Mono<KeyView> revoke(
            @PathVariable String partnerId, @PathVariable String keyId, @AuthenticationPrincipal Caller caller) {
        return Blocking.call(() -> {
            Instant now = clock.now();
            KeyRevocation revocation =
                    new KeyRevocation(partnerId(partnerId, ApiKeyNotFound::new), keyId, caller.actor(), now);
            return KeyView.of(issuing.revoke(revocation), now);
        });
    }

    /**
     * The partner a path names. Text that is no partner id names no partner: the same 404 as an
     * unknown partner (or, on a key's path, an unknown key), as it was before ids were typed.
     */
    private static PartnerId partnerId(String text, Supplier<NotFound> unknown) {
        try {
            return PartnerId.of(text);
        } catch (IllegalArgumentException notAnId) {
            throw unknown.get();
        }
    }

    private IssuedKeyView shown(IssuedKey issued) {
        return new IssuedKeyView(issued.apiKey(), KeyView.of(issued.key(), clock.now()));
    }
}
