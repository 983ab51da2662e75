package com.creditline.checkout.webhook;

import org.springframework.data.jpa.repository.JpaRepository;

/** Partners' webhook endpoints by partner id. */
interface PartnerWebhooks extends JpaRepository<PartnerWebhook, String> {}
