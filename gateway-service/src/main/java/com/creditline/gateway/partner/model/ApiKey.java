package com.creditline.gateway.partner.model;

import com.creditline.common.id.PartnerId;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** A partner's API key as stored: everything but the secret. */
public record ApiKey(
        String keyId,
        PartnerId partnerId,
        Set<PartnerScope> scopes,
        int requestsPerMinute,
        Instant createdAt,
        Instant expiresAt,
        String replacedBy,
        Instant revokedAt) {

    /** The longest a rotated key stays valid next to its successor. */
    public static final Duration MAX_ROTATION_OVERLAP = Duration.ofDays(30);

    public ApiKey {
        scopes = Set.copyOf(scopes);
    }

    /** A new key for the partner, with a fresh secret. */
    public static IssuedKey issue(PartnerId partnerId, Set<PartnerScope> scopes, int requestsPerMinute, Instant now) {
        ApiKeySecret.Generated generated = ApiKeySecret.generate();
        ApiKey key = new ApiKey(generated.keyId(), partnerId, scopes, requestsPerMinute, now, null, null, null);
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
