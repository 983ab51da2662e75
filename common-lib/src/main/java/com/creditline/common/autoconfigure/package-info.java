/**
 * Spring Boot wiring of common-lib, one auto-configuration per concern (business time, outbox,
 * inbox, idempotency, housekeeping, web, security, money persistence, API documentation), each
 * with its settings as a properties record; and the defaults every service shares.
 */
package com.creditline.common.autoconfigure;
