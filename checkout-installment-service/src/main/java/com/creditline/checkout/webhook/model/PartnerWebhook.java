package com.creditline.checkout.webhook.model;

import com.creditline.common.id.PartnerId;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a partner receives its webhooks and the secret they are signed with. Configuring it again
 * issues a new secret; the previous one keeps signing (beside the new one) for a grace period, so
 * that the partner can switch without losing a delivery.
 */
@Entity
@Table(name = "partner_webhook")
public class PartnerWebhook {

    @Id
    private PartnerId partnerId;

    private String url;
    private String secret;
    private Instant secretIssuedAt;
    private String previousSecret;
    private Instant previousSecretUntil;
    private Instant configuredAt;
    private String configuredBy;

    protected PartnerWebhook() {}

    public static PartnerWebhook configured(PartnerId partnerId, EndpointSetting setting, Instant at) {
        PartnerWebhook webhook = new PartnerWebhook();
        webhook.partnerId = partnerId;
        webhook.url = setting.url();
        webhook.secret = setting.secret();
        webhook.secretIssuedAt = at;
        webhook.configuredAt = at;
        webhook.configuredBy = setting.by();
        return webhook;
    }

    /** A new endpoint and a new secret; the old secret stays valid for {@code grace}. */
    public void reconfigure(EndpointSetting setting, Instant at, Duration grace) {
        if (setting.secret().equals(secret)) {
            throw new IllegalArgumentException("a rotation needs a new secret");
        }
        boolean keepOld = grace.isPositive();
        previousSecret = keepOld ? secret : null;
        previousSecretUntil = keepOld ? at.plus(grace) : null;
        url = setting.url();
        secret = setting.secret();
        secretIssuedAt = at;
        configuredAt = at;
        configuredBy = setting.by();
    }

    /** The secrets a delivery sent at {@code now} is signed with: the current one first. */
    public List<String> signingSecrets(Instant now) {
        List<String> secrets = new ArrayList<>(List.of(secret));
        if (previousSecret != null && now.isBefore(previousSecretUntil)) {
            secrets.add(previousSecret);
        }
        return List.copyOf(secrets);
    }

    public PartnerId partnerId() {
        return partnerId;
    }

    public String url() {
        return url;
    }

    /** Only for the one answer that issues it. */
    String secret() {
        return secret;
    }

    public Instant secretIssuedAt() {
        return secretIssuedAt;
    }

    /** Until when the previous secret still signs deliveries, if it does at {@code now}. */
    public Instant previousSecretValidUntil(Instant now) {
        return previousSecretUntil != null && now.isBefore(previousSecretUntil) ? previousSecretUntil : null;
    }

    public Instant configuredAt() {
        return configuredAt;
    }

    public String configuredBy() {
        return configuredBy;
    }

    @Override
    public String toString() {
        return "PartnerWebhook[" + partnerId + "]";
    }
}
