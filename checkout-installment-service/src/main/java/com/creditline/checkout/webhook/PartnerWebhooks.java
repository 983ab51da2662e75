package com.creditline.checkout.webhook;

import com.creditline.checkout.webhook.model.PartnerWebhook;
import org.springframework.data.jpa.repository.JpaRepository;

/** Partners' webhook endpoints by partner id. */
interface PartnerWebhooks extends JpaRepository<PartnerWebhook, String> {}
