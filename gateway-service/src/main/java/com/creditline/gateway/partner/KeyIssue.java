package com.creditline.gateway.partner;

import com.creditline.common.id.PartnerId;
import java.time.Instant;
import java.util.Set;

/**
 * An admin asks for a new key for a partner: the scopes as asked for (the model decides whether a
 * partner may have them), the key's rate limit, who asks and when.
 */
record KeyIssue(PartnerId partnerId, Set<String> scopes, int requestsPerMinute, String actor, Instant at) {

    KeyIssue {
        scopes = Set.copyOf(scopes);
    }
}
