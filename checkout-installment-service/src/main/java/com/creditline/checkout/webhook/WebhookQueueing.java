package com.creditline.checkout.webhook;

import com.creditline.checkout.webhook.model.WebhookDelivery;
import com.creditline.checkout.webhook.model.WebhookEventType;
import com.creditline.common.id.PartnerId;
import com.creditline.common.time.BusinessClock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tells a partner about one of its orders or plans: a delivery written in the transaction of the
 * change it reports (required: there is no way to call this outside one), so the partner hears of
 * a change if and only if it committed. A partner without a webhook endpoint is told nothing.
 *
 * <p>The payload is {@code {"id", "type", "createdAt", "data"}}; callers hand the data in and are
 * responsible for it holding only what the partner may see (docs/webhooks.md).
 */
@Service
public class WebhookQueueing {

    private final PartnerWebhooks webhooks;
    private final WebhookDeliveries deliveries;
    private final JsonMapper json;
    private final BusinessClock clock;

    WebhookQueueing(PartnerWebhooks webhooks, WebhookDeliveries deliveries, JsonMapper json, BusinessClock clock) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.json = json;
        this.clock = clock;
    }

    /** Records the event for delivery to the partner; true when it has an endpoint to deliver to. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean enqueue(PartnerId partnerId, WebhookEventType type, Object data) {
        if (!webhooks.existsById(partnerId)) {
            return false;
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.now();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", id);
        payload.put("type", type);
        payload.put("createdAt", now);
        payload.put("data", data);
        deliveries.save(WebhookDelivery.pending(id, partnerId, type, json.writeValueAsString(payload), now));
        return true;
    }
}
