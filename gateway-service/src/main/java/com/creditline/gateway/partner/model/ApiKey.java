package com.creditline.gateway.partner.model;

import java.time.Duration;
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

    /** The longest a rotated key stays valid next to its successor. */
    public static final Duration MAX_ROTATION_OVERLAP = Duration.ofDays(30);

    /** A new key for the partner, with a fresh secret; only partner scopes. */
    public static IssuedKey issue(String partnerId, Set<String> scopes, int requestsPerMinute, Instant now) {
        if (scopes.isEmpty() || !PARTNER_SCOPES.containsAll(scopes)) {
            throw new ScopeNotAllowed(PARTNER_SCOPES);
        }
        ApiKeySecret.Generated generated = ApiKeySecret.generate();
        ApiKey key =
                new ApiKey(generated.keyId(), partnerId, Set.copyOf(scopes), requestsPerMinute, now, null, null, null);
        return new IssuedKey(key, generated.apiKey());
    }

    public static void checkRotationOverlap(Duration overlap) {
        if (overlap.isNegative() || overlap.compareTo(MAX_ROTATION_OVERLAP) > 0) {
            throw new IllegalArgumentException("The overlap lies between 0 and 30 days.");
        }
    }

    public boolean isValidAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    /**
     * When this key lapses once a successor is issued: after the overlap, so that the partner can
     * switch without a failed request, but never later than it would have lapsed anyway. Only a
     * valid key can be rotated.
     */
    public Instant lapseOnRotation(Duration overlap, Instant now) {
        checkRotationOverlap(overlap);
        if (!isValidAt(now)) {
            throw new ApiKeyNoLongerValid();
        }
        Instant lapse = now.plus(overlap);
        return expiresAt != null && expiresAt.isBefore(lapse) ? expiresAt : lapse;
    }
}
