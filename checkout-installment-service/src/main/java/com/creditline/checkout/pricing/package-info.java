/**
 * Pricing of checkout financing: which plans are on offer for an amount and a risk grade, each
 * plan's installment schedule (due dates, principal and fee parts) and its APR. Pure domain,
 * free of Spring; the quote and capture flows call {@link com.creditline.checkout.pricing.Pricing}.
 */
package com.creditline.checkout.pricing;
