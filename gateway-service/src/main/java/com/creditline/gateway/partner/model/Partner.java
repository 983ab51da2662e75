package com.creditline.gateway.partner.model;

import com.creditline.common.id.PartnerId;
import java.time.Instant;
import java.util.Locale;

/** A partner platform that ops have registered. */
public record Partner(PartnerId partnerId, String name, Instant createdAt, String createdBy) {

    /** A new partner, with an id of its own ({@code P-} and ten random hex digits). */
    public static Partner register(String name, String actor, Instant now) {
        PartnerId partnerId = PartnerId.of(
                "P-" + ApiKeySecret.generate().keyId().substring(0, 10).toUpperCase(Locale.ROOT));
        return new Partner(partnerId, name, now, actor);
    }
}
