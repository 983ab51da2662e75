/**
 * The webhook model, plain Java: a partner's endpoint with its signing secrets (the previous one
 * kept for a grace period after a rotation), a delivery's life from PENDING to DELIVERED or
 * FAILED on the retry schedule, and the signature partners check.
 */
package com.creditline.checkout.webhook.model;
