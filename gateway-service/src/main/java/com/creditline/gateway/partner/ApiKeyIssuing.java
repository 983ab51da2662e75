package com.creditline.gateway.partner;

import com.creditline.gateway.partner.model.ApiKey;
import com.creditline.gateway.partner.model.IssuedKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Ops issue a partner's API keys, rotate them with an overlap, and revoke them at once. */
@Service
class ApiKeyIssuing {

    private final Partners partners;
    private final ApiKeys keys;

    ApiKeyIssuing(Partners partners, ApiKeys keys) {
        this.partners = partners;
        this.keys = keys;
    }

    @Transactional
    IssuedKey issue(String partnerId, Set<String> scopes, int requestsPerMinute, String actor, Instant now) {
        partners.find(partnerId);
        IssuedKey issued = ApiKey.issue(partnerId, scopes, requestsPerMinute, now);
        keys.add(issued, actor);
        return issued;
    }

    /** A successor with the same scopes and limit; the old key lapses by itself after the overlap. */
    @Transactional
    IssuedKey rotate(String partnerId, String keyId, Duration overlap, String actor, Instant now) {
        ApiKey.checkRotationOverlap(overlap);
        ApiKey old = keys.lock(partnerId, keyId);
        Instant lapse = old.lapseOnRotation(overlap, now);
        IssuedKey successor = issue(partnerId, old.scopes(), old.requestsPerMinute(), actor, now);
        keys.replace(keyId, successor.key().keyId(), lapse);
        return successor;
    }

    @Transactional
    ApiKey revoke(String partnerId, String keyId, String actor, Instant now) {
        ApiKey key = keys.lock(partnerId, keyId);
        if (key.revokedAt() == null) {
            keys.revoke(keyId, actor, now);
        }
        return keys.find(keyId);
    }
}
