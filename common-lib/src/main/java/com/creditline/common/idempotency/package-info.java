/** Idempotency-Key on POST requests, with Stripe's semantics, stored in the service's schema. */
package com.creditline.common.idempotency;
