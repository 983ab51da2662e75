package com.creditline.common.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers tokens already verified until they expire. The gateway reuses a caller's token for a
 * minute and a peer its token for minutes, so the same token arrives again and again; parsing it
 * and checking its RSA signature each time was a fifth of a service's CPU under load. The whole
 * token, signature included, is the key: a different or altered token is verified in full.
 */
public final class VerifiedTokens implements JwtDecoder {

    private static final int MAX_REMEMBERED = 10_000;

    private final JwtDecoder decoder;
    private final Clock clock;
    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    /** For a reactive verifier, which calls {@link #remembered} and {@link #remember} itself. */
    public VerifiedTokens(Clock clock) {
        this(
                token -> {
                    throw new UnsupportedOperationException("no blocking verifier");
                },
                clock);
    }

    public VerifiedTokens(JwtDecoder decoder, Clock clock) {
        this.decoder = decoder;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = remembered(token);
        return known != null ? known : remember(token, decoder.decode(token));
    }

    /** A token verified before and not yet expired; null otherwise. */
    public Jwt remembered(String token) {
        Jwt known = verified.get(token);
        return known != null && stillValid(known) ? known : null;
    }

    /** Keeps a token that has just been verified. */
    public Jwt remember(String token, Jwt jwt) {
        if (verified.size() >= MAX_REMEMBERED) {
            verified.clear();
        }
        verified.put(token, jwt);
        return jwt;
    }

    private boolean stillValid(Jwt jwt) {
        Instant expires = jwt.getExpiresAt();
        if (expires != null && !clock.instant().isBefore(expires)) {
            verified.values().remove(jwt);
            return false;
        }
        return true;
    }
}
