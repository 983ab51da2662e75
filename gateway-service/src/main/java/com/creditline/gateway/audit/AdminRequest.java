package com.creditline.gateway.audit;

import java.time.Instant;

/**
 * An admin request that may change something, as the audit log opens it before it is forwarded:
 * who (the actor and their roles, comma-separated), what (method and path), why (the
 * Audit-Reason), when, and the correlation id that joins it to the owning service's history.
 */
record AdminRequest(
        Instant at, String actor, String roles, String method, String path, String reason, String correlationId) {}
