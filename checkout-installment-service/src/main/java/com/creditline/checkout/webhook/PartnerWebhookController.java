package com.creditline.checkout.webhook;

import com.creditline.checkout.webhook.model.PartnerWebhook;
import com.creditline.checkout.webhook.model.WebhookDelivery;
import com.creditline.common.id.PartnerId;
import com.creditline.common.id.TextId;
import com.creditline.common.security.Access;
import com.creditline.common.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ops set a partner's webhook endpoint (ADMIN; the answer carries the new signing secret, the only
 * time it is ever shown), and staff look at it and its deliveries (never the secret).
 */
@RestController
@RequestMapping("/api/v1/admin/partner-webhooks")
@Tag(
        name = "Partner webhooks",
        description = "Where a partner platform is told about its orders (signed with a secret of its own), and"
                + " how its deliveries go: for ops.")
class PartnerWebhookController {

    private final WebhookAdministration endpoints;

    PartnerWebhookController(WebhookAdministration endpoints) {
        this.endpoints = endpoints;
    }

    @Schema(
            description = "The partner's https endpoint.",
            example = "{\"url\": \"https://partner.example.com/creditline/webhooks\"}")
    record SetEndpoint(@NotBlank String url) {}

    /** The answer to setting (or rotating): the secret, once. */
    record IssuedSecret(
            PartnerId partnerId,
            String url,
            String secret,
            Instant secretIssuedAt,

            @Schema(
                    types = {"string", "null"},
                    format = "date-time")
            Instant previousSecretValidUntil) {}

    record WebhookView(
            PartnerId partnerId,
            String url,
            String status,
            Instant secretIssuedAt,

            @Schema(
                    types = {"string", "null"},
                    format = "date-time")
            Instant previousSecretValidUntil,

            long pendingDeliveries,
            long retryingDeliveries,
            long failedDeliveries,

            @Schema(
                    types = {"string", "null"},
                    format = "date-time")
            Instant lastDeliveredAt,

            Instant configuredAt,
            String configuredBy) {}

    record DeliveryView(
            UUID id,
            String type,
            String status,
            int attempts,
            Instant createdAt,

            @Schema(
                    types = {"string", "null"},
                    format = "date-time")
            Instant lastAttemptAt,

            @Schema(types = {"string", "null"}) String lastOutcome,

            @Schema(
                    types = {"string", "null"},
                    format = "date-time")
            Instant nextAttemptAt,

            @Schema(
                    types = {"string", "null"},
                    format = "date-time")
            Instant deliveredAt) {

        static DeliveryView of(WebhookDelivery d) {
            return new DeliveryView(
                    d.deliveryId(),
                    d.eventType().text(),
                    d.status().name(),
                    d.attempts(),
                    d.createdAt(),
                    d.lastAttemptAt(),
                    d.lastOutcome(),
                    d.isPending() ? d.nextAttemptAt() : null,
                    d.deliveredAt());
        }
    }

    /** A partner's endpoint with its latest deliveries, newest first. */
    record WebhookWithDeliveries(WebhookView webhook, List<DeliveryView> latestDeliveries) {}

    /** 201 for a new endpoint, 200 for a rotation; either way a new secret, not to be cached. */
    @PutMapping("/{partnerId}")
    @PreAuthorize(Access.ADMIN)
    @Operation(
            summary = "Set or rotate a partner's webhook endpoint",
            description = "Sets the endpoint and issues a new signing secret, shown in this answer only (never"
                    + " cached, never shown again). On a rotation the previous secret stays valid for a while, so"
                    + " that the partner can switch without losing deliveries.")
    @ApiResponse(responseCode = "201", description = "A new endpoint, with its secret.")
    @ApiResponse(responseCode = "200", description = "A rotation: the endpoint with its new secret.")
    @ApiResponse(
            responseCode = "422",
            description =
                    "The URL is refused: not an https URL, no host, credentials or a fragment in it, or too" + " long.")
    ResponseEntity<IssuedSecret> configure(
            @PathVariable @Pattern(regexp = TextId.FORMAT) String partnerId,
            @Valid @RequestBody SetEndpoint request,
            Caller caller) {
        WebhookAdministration.Issued issued =
                endpoints.configure(PartnerId.of(partnerId), request.url(), caller.actor());
        PartnerWebhook webhook = issued.webhook();
        return ResponseEntity.status(issued.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .cacheControl(CacheControl.noStore())
                .body(new IssuedSecret(
                        webhook.partnerId(),
                        webhook.url(),
                        issued.secret(),
                        webhook.secretIssuedAt(),
                        webhook.previousSecretValidUntil(endpoints.now())));
    }

    @GetMapping
    @PreAuthorize(Access.STAFF)
    @Operation(
            summary = "Every partner's webhook endpoint and its latest deliveries",
            description = "Each endpoint (by partner id) with its health, as for one partner, and its latest"
                    + " deliveries, newest first, at most deliveries of them; never a secret.")
    @ApiResponse(responseCode = "200", description = "The endpoints, by partner id.")
    List<WebhookWithDeliveries> webhooks(@RequestParam(defaultValue = "5") @Min(0) @Max(50) int deliveries) {
        return endpoints.webhooks().stream()
                .map(webhook -> new WebhookWithDeliveries(
                        view(webhook),
                        deliveries == 0
                                ? List.of()
                                : endpoints.deliveries(webhook.partnerId(), null, deliveries).stream()
                                        .map(DeliveryView::of)
                                        .toList()))
                .toList();
    }

    @GetMapping("/{partnerId}")
    @PreAuthorize(Access.STAFF)
    @Operation(
            summary = "A partner's webhook endpoint and its health",
            description = "The endpoint, when its secret was issued and how its deliveries go (pending, retrying,"
                    + " failed, the last delivered); never the secret.")
    @ApiResponse(responseCode = "200", description = "The endpoint and its health.")
    @ApiResponse(responseCode = "404", description = "The partner has no webhook endpoint.")
    WebhookView webhook(@PathVariable @Pattern(regexp = TextId.FORMAT) String partnerId) {
        return view(endpoints.webhook(PartnerId.of(partnerId)));
    }

    private WebhookView view(PartnerWebhook webhook) {
        WebhookAdministration.Health health = endpoints.health(webhook.partnerId());
        return new WebhookView(
                webhook.partnerId(),
                webhook.url(),
                health.retrying() > 0 ? "RETRYING" : "ACTIVE",
                webhook.secretIssuedAt(),
                webhook.previousSecretValidUntil(endpoints.now()),
                health.pending(),
                health.retrying(),
                health.failed(),
                health.lastDeliveredAt(),
                webhook.configuredAt(),
                webhook.configuredBy());
    }

    /** The latest deliveries, newest first; {@code status} PENDING, DELIVERED or FAILED to filter. */
    @GetMapping("/{partnerId}/deliveries")
    @PreAuthorize(Access.STAFF)
    @Operation(
            summary = "A partner's latest webhook deliveries",
            description = "Newest first, at most limit of them; filter by status (PENDING, DELIVERED or FAILED).")
    @ApiResponse(responseCode = "200", description = "The deliveries, newest first.")
    List<DeliveryView> deliveries(
            @PathVariable @Pattern(regexp = TextId.FORMAT) String partnerId,
            @RequestParam(required = false) WebhookDelivery.Status status,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
        return endpoints.deliveries(PartnerId.of(partnerId), status, limit).stream()
                .map(DeliveryView::of)
                .toList();
    }
}
