package com.creditline.checkout.webhook;

import com.creditline.checkout.webhook.model.EndpointSetting;
import com.creditline.checkout.webhook.model.PartnerWebhook;
import com.creditline.checkout.webhook.model.WebhookDelivery;
import com.creditline.checkout.webhook.model.WebhookSignature;
import com.creditline.common.id.PartnerId;
import com.creditline.common.time.BusinessClock;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Ops' side of partners' webhooks: set the endpoint (issuing a new secret), look at it and its deliveries. */
@Service
class WebhookAdministration {

    /** A secret, shown once: in the answer that issued it. */
    record Issued(PartnerWebhook webhook, String secret, boolean created) {}

    /** How the endpoint is doing: deliveries waiting, being retried, given up, and the last success. */
    record Health(long pending, long retrying, long failed, Instant lastDeliveredAt) {}

    private static final int MAX_URL_LENGTH = 2048;

    private final PartnerWebhooks webhooks;
    private final WebhookDeliveries deliveries;
    private final WebhookProperties properties;
    private final BusinessClock clock;
    private final SecureRandom random = new SecureRandom();

    WebhookAdministration(
            PartnerWebhooks webhooks, WebhookDeliveries deliveries, WebhookProperties properties, BusinessClock clock) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Sets the partner's endpoint and issues a new signing secret; for an endpoint already set,
     * this is the rotation (the previous secret signs too for the configured grace period).
     */
    @Transactional
    Issued configure(PartnerId partnerId, String url, String by) {
        EndpointSetting setting = new EndpointSetting(checked(url), WebhookSignature.newSecret(random), by);
        String secret = setting.secret();
        // To the microsecond, as stored: the answer and a later read show the same instant.
        Instant now = clock.now().truncatedTo(ChronoUnit.MICROS);
        PartnerWebhook existing = webhooks.findById(partnerId).orElse(null);
        if (existing == null) {
            return new Issued(webhooks.save(PartnerWebhook.configured(partnerId, setting, now)), secret, true);
        }
        existing.reconfigure(setting, now, properties.previousSecretGrace());
        return new Issued(existing, secret, false);
    }

    @Transactional(readOnly = true)
    PartnerWebhook webhook(PartnerId partnerId) {
        return webhooks.findById(partnerId).orElseThrow(PartnerWebhookNotFound::new);
    }

    /** Every partner's endpoint, by partner id (a platform has a handful of partners). */
    @Transactional(readOnly = true)
    List<PartnerWebhook> webhooks() {
        return webhooks.findAll(Sort.by("partnerId"));
    }

    @Transactional(readOnly = true)
    Health health(PartnerId partnerId) {
        return new Health(
                deliveries.countByPartnerIdAndStatus(partnerId, WebhookDelivery.Status.PENDING),
                deliveries.countRetrying(partnerId),
                deliveries.countByPartnerIdAndStatus(partnerId, WebhookDelivery.Status.FAILED),
                deliveries.lastDeliveredAt(partnerId));
    }

    /** The partner's latest deliveries, newest first, of one status or all. */
    @Transactional(readOnly = true)
    List<WebhookDelivery> deliveries(PartnerId partnerId, WebhookDelivery.Status status, int limit) {
        webhook(partnerId);
        return status == null
                ? deliveries.findByPartnerIdOrderByCreatedAtDesc(partnerId, Limit.of(limit))
                : deliveries.findByPartnerIdAndStatusOrderByCreatedAtDesc(partnerId, status, Limit.of(limit));
    }

    Instant now() {
        return clock.now();
    }

    /**
     * An absolute https URL with a host, no user info (credentials do not belong in a URL we keep)
     * and no fragment. Plain http only where configured (local development, tests).
     */
    private String checked(String url) {
        if (url.length() > MAX_URL_LENGTH) {
            throw new WebhookUrlRefused("longer than " + MAX_URL_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new WebhookUrlRefused("not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && properties.allowPlainHttp())) {
            throw new WebhookUrlRefused("it must be an https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new WebhookUrlRefused("it has no host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new WebhookUrlRefused("it must not carry credentials");
        }
        if (uri.getRawFragment() != null) {
            throw new WebhookUrlRefused("it must not have a fragment");
        }
        return uri.toString();
    }
}
