package com.creditline.gateway.partner.model;

import com.creditline.common.id.MerchantId;
import com.creditline.common.id.PartnerId;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A partner that ops have registered: a platform, with an id of its own, or a merchant enrolled in
 * checkout, whose partner id is its merchant id (so that the services can tell a merchant's key
 * reaches only its own merchant's paths).
 */
public record Partner(PartnerId partnerId, PartnerKind kind, String name, Instant createdAt, String createdBy) {

    /** A merchant id as checkout enrols it: 3-40 lowercase letters, digits and inner hyphens. */
    public static final String MERCHANT_ID_FORMAT = MerchantId.FORMAT;

    private static final Pattern MERCHANT_ID = Pattern.compile(MERCHANT_ID_FORMAT);

    /** A new platform partner, with an id of its own ({@code P-} and ten random hex digits). */
    public static Partner register(String name, String actor, Instant now) {
        PartnerId partnerId = PartnerId.of(
                "P-" + ApiKeySecret.generate().keyId().substring(0, 10).toUpperCase(Locale.ROOT));
        return new Partner(partnerId, PartnerKind.PLATFORM, name, now, actor);
    }

    /** A merchant's partner, whose id is the merchant's id. */
    public static Partner registerMerchant(String merchantId, String name, String actor, Instant now) {
        if (merchantId == null || !MERCHANT_ID.matcher(merchantId).matches()) {
            throw new IllegalArgumentException(
                    "a merchant id is 3-40 lowercase letters, digits and inner hyphens, such as 'mi-store'");
        }
        return new Partner(PartnerId.of(merchantId), PartnerKind.MERCHANT, name, now, actor);
    }

    /**
     * The scopes asked for a new key, if each is a partner scope of this partner's kind: a merchant's
     * key gets merchant scopes only, a platform's key never one.
     */
    public Set<PartnerScope> scopesForKey(Collection<String> requested) {
        Set<PartnerScope> scopes = PartnerScope.allowed(requested);
        if (scopes.stream().anyMatch(scope -> scope.kind() != kind)) {
            throw new ScopeNotForPartnerKind(kind);
        }
        return scopes;
    }
}
