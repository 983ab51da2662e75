package com.creditline.common.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * An authenticated caller as the gateway vouched for it: the shop (a first-party client), a
 * partner platform (by one of its API keys), a staff member with roles, or another service.
 *
 * @param subject stable name, e.g. {@code partner:P-7}, {@code staff:alice}, {@code client:shop}
 * @param partnerId the partner a partner caller acts for; empty for everyone else
 */
public record Caller(Kind kind, String subject, Optional<String> partnerId, Set<String> scopes, Set<String> roles) {

    public enum Kind {
        CLIENT,
        PARTNER,
        STAFF,
        SERVICE
    }

    static final String KIND = "kind";
    static final String PARTNER = "partner";
    static final String SCOPE = "scope";
    static final String ROLES = "roles";

    public Caller {
        scopes = Set.copyOf(scopes);
        roles = Set.copyOf(roles);
    }

    public static Caller client(String name, Collection<String> scopes) {
        return new Caller(Kind.CLIENT, "client:" + name, Optional.empty(), Set.copyOf(scopes), Set.of());
    }

    public static Caller partner(String partnerId, String keyId, Collection<String> scopes) {
        return new Caller(
                Kind.PARTNER,
                "partner:" + partnerId + ":" + keyId,
                Optional.of(partnerId),
                Set.copyOf(scopes),
                Set.of());
    }

    public static Caller staff(String user, Collection<String> roles) {
        return new Caller(Kind.STAFF, "staff:" + user, Optional.empty(), Set.of(), Set.copyOf(roles));
    }

    public static Caller service(String name) {
        return new Caller(Kind.SERVICE, "service:" + name, Optional.empty(), Set.of(), Set.of(Access.SERVICE_ROLE));
    }

    /** Reads a caller back from a verified token. */
    public static Caller from(Jwt token) {
        Kind kind = Kind.valueOf(token.getClaimAsString(KIND));
        return new Caller(
                kind,
                token.getSubject(),
                Optional.ofNullable(token.getClaimAsString(PARTNER)),
                Set.copyOf(listClaim(token, SCOPE)),
                Set.copyOf(listClaim(token, ROLES)));
    }

    private static List<String> listClaim(Jwt token, String name) {
        List<String> values = token.getClaimAsStringList(name);
        return values == null ? List.of() : values;
    }

    public boolean isPartner() {
        return kind == Kind.PARTNER;
    }

    /** The partner's id; only for partner callers. */
    public String partner() {
        return partnerId.orElseThrow(() -> new IllegalStateException("not a partner caller"));
    }

    /** The name written into audit records: the staff user, the partner, the client or the service. */
    public String actor() {
        return isPartner() ? "partner:" + partner() : subject;
    }
}
