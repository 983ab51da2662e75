package com.creditline.checkout.webhook;

import com.creditline.checkout.webhook.model.PartnerWebhook;
import com.creditline.common.id.PartnerId;
import org.springframework.data.jpa.repository.JpaRepository;

/** Partners' webhook endpoints by partner id. */
interface PartnerWebhooks extends JpaRepository<PartnerWebhook, PartnerId> {}
