/**
 * Rate limits per caller, in token buckets that every gateway replica shares in PostgreSQL: a
 * caller over its limit gets a 429 with {@code Retry-After}.
 */
package com.creditline.gateway.ratelimit;
