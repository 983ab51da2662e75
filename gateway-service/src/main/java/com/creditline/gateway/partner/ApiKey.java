package com.creditline.gateway.partner;

import java.time.Instant;
import java.util.Set;

/** A partner's API key as stored: everything but the secret. */
public record ApiKey(
        String keyId,
        String partnerId,
        Set<String> scopes,
        int requestsPerMinute,
        Instant createdAt,
        Instant expiresAt,
        String replacedBy,
        Instant revokedAt) {

    /** The scopes a partner key may carry: checkout and reading its own orders, nothing else. */
    public static final Set<String> PARTNER_SCOPES = Set.of("checkout:write", "orders:read");

    public boolean isValidAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }
}
