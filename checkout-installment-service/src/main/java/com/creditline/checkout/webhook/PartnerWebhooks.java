package com.creditline.checkout.webhook;

import com.creditline.checkout.webhook.model.PartnerWebhook;
import com.creditline.common.id.PartnerId;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Partners' webhook endpoints by partner id. The key is the id's text: JPA maps no {@code @Id} through a converter, so the typed id is unwrapped here and nowhere else. */
interface PartnerWebhooks extends JpaRepository<PartnerWebhook, String> {

    default Optional<PartnerWebhook> find(PartnerId partnerId) {
        return findById(partnerId.value());
    }

    default boolean exists(PartnerId partnerId) {
        return existsById(partnerId.value());
    }
}
