/**
 * Webhooks to partners: each partner's endpoint and signing secret (set and rotated by ops), the
 * deliveries written in the same transaction as the change they report, and the sender that
 * posts them signed (HMAC-SHA256 over {@code "<timestamp>.<body>"}), retrying with backoff.
 * docs/webhooks.md is the partners' side of it. The endpoint, the delivery, the retry schedule
 * and the signature are the model ({@code webhook.model}).
 */
package com.creditline.checkout.webhook;
