package com.creditline.checkout.webhook;

import com.creditline.checkout.webhook.model.WebhookDelivery;
import com.creditline.common.id.PartnerId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Webhook deliveries by id, and a partner's latest ones. */
interface WebhookDeliveries extends JpaRepository<WebhookDelivery, UUID> {

    List<WebhookDelivery> findByPartnerIdOrderByCreatedAtDesc(PartnerId partnerId, Limit limit);

    List<WebhookDelivery> findByPartnerIdAndStatusOrderByCreatedAtDesc(
            PartnerId partnerId, WebhookDelivery.Status status, Limit limit);

    long countByPartnerIdAndStatus(PartnerId partnerId, WebhookDelivery.Status status);

    @Query("select count(d) from WebhookDelivery d where d.partnerId = :partnerId and d.status = 'PENDING'"
            + " and d.attempts > 0")
    long countRetrying(PartnerId partnerId);

    @Query("select max(d.deliveredAt) from WebhookDelivery d where d.partnerId = :partnerId")
    Instant lastDeliveredAt(PartnerId partnerId);
}
