package com.creditline.gateway.partner;

import com.creditline.gateway.partner.model.ApiKey;
import com.creditline.gateway.partner.model.IssuedKey;
import com.creditline.gateway.partner.model.Partner;
import java.time.Instant;
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

    /** An unknown partner is refused before the scopes are looked at; then scopes not of its kind. */
    @Transactional
    IssuedKey issue(KeyIssue issue) {
        Partner partner = partners.find(issue.partnerId());
        IssuedKey issued = ApiKey.issue(
                issue.partnerId(), partner.scopesForKey(issue.scopes()), issue.requestsPerMinute(), issue.at());
        keys.add(issued, issue.actor());
        return issued;
    }

    /** A successor with the same scopes and limit; the old key lapses by itself after the overlap. */
    @Transactional
    IssuedKey rotate(KeyRotation rotation) {
        ApiKey old = keys.lock(rotation.partnerId(), rotation.keyId());
        Instant lapse = old.lapseOnRotation(rotation.overlap(), rotation.at());
        IssuedKey successor = ApiKey.issue(rotation.partnerId(), old.scopes(), old.requestsPerMinute(), rotation.at());
        keys.add(successor, rotation.actor());
        keys.replace(rotation.keyId(), successor.key().keyId(), lapse);
        return successor;
    }

    @Transactional
    ApiKey revoke(KeyRevocation revocation) {
        ApiKey key = keys.lock(revocation.partnerId(), revocation.keyId());
        if (key.revokedAt() == null) {
            keys.revoke(revocation.keyId(), revocation.actor(), revocation.at());
        }
        return keys.find(revocation.keyId());
    }
}
