package com.creditline.checkout.webhook;

import com.creditline.checkout.partner.PartnerLinking;
import com.creditline.common.security.Access;
import com.creditline.common.security.Caller;
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
@RequestMapping("/api/v1/admin/partner-webhooks/{partnerId}")
class PartnerWebhookController {

    private final WebhookAdministration endpoints;

    PartnerWebhookController(WebhookAdministration endpoints) {
        this.endpoints = endpoints;
    }

    record SetEndpoint(@NotBlank String url) {}

    /** The answer to setting (or rotating): the secret, once. */
    record IssuedSecret(
            String partnerId, String url, String secret, Instant secretIssuedAt, Instant previousSecretValidUntil) {}

    record WebhookView(
            String partnerId,
            String url,
            String status,
            Instant secretIssuedAt,
            Instant previousSecretValidUntil,
            long pendingDeliveries,
            long retryingDeliveries,
            long failedDeliveries,
            Instant lastDeliveredAt,
            Instant configuredAt,
            String configuredBy) {}

    record DeliveryView(
            UUID id,
            String type,
            String status,
            int attempts,
            Instant createdAt,
            Instant lastAttemptAt,
            String lastOutcome,
            Instant nextAttemptAt,
            Instant deliveredAt) {

        static DeliveryView of(WebhookDelivery d) {
            return new DeliveryView(
                    d.deliveryId(),
                    d.eventType(),
                    d.status().name(),
                    d.attempts(),
                    d.createdAt(),
                    d.lastAttemptAt(),
                    d.lastOutcome(),
                    d.isPending() ? d.nextAttemptAt() : null,
                    d.deliveredAt());
        }
    }

    /** 201 for a new endpoint, 200 for a rotation; either way a new secret, not to be cached. */
    @PutMapping
    @PreAuthorize(Access.ADMIN)
    ResponseEntity<IssuedSecret> configure(
            @PathVariable @Pattern(regexp = PartnerLinking.PARTNER_ID) String partnerId,
            @Valid @RequestBody SetEndpoint request,
            Caller caller) {
        WebhookAdministration.Issued issued = endpoints.configure(partnerId, request.url(), caller.actor());
        PartnerWebhook webhook = issued.webhook();
        return ResponseEntity.status(issued.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .cacheControl(CacheControl.noStore())
                .body(new IssuedSecret(
                        partnerId,
                        webhook.url(),
                        issued.secret(),
                        webhook.secretIssuedAt(),
                        webhook.previousSecretValidUntil(endpoints.now())));
    }

    @GetMapping
    @PreAuthorize(Access.STAFF)
    WebhookView webhook(@PathVariable @Pattern(regexp = PartnerLinking.PARTNER_ID) String partnerId) {
        PartnerWebhook webhook = endpoints.webhook(partnerId);
        WebhookAdministration.Health health = endpoints.health(partnerId);
        return new WebhookView(
                partnerId,
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
    @GetMapping("/deliveries")
    @PreAuthorize(Access.STAFF)
    List<DeliveryView> deliveries(
            @PathVariable @Pattern(regexp = PartnerLinking.PARTNER_ID) String partnerId,
            @RequestParam(required = false) WebhookDelivery.Status status,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
        return endpoints.deliveries(partnerId, status, limit).stream()
                .map(DeliveryView::of)
                .toList();
    }
}
