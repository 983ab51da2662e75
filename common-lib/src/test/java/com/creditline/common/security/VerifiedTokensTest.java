package com.creditline.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;

class VerifiedTokensTest {

    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    static Jwt jwt(String value, Instant expiresAt) {
        return Jwt.withTokenValue(value)
                .header("alg", "RS256")
                .subject("client:shop")
                .issuedAt(NOW.minusSeconds(10))
                .expiresAt(expiresAt)
                .build();
    }

    @Test
    void shouldVerifyAGivenTokenOnceWhileItIsValid() {
        AtomicInteger verifications = new AtomicInteger();
        VerifiedTokens tokens = new VerifiedTokens(
                token -> {
                    verifications.incrementAndGet();
                    return jwt(token, NOW.plusSeconds(60));
                },
                Clock.fixed(NOW, ZoneOffset.UTC));

        tokens.decode("a");
        tokens.decode("a");
        tokens.decode("b");

        assertThat(verifications).hasValue(2);
    }

    @Test
    void shouldVerifyAgainOnceTheTokenHasExpired() {
        AtomicInteger verifications = new AtomicInteger();
        VerifiedTokens tokens = new VerifiedTokens(
                token -> {
                    if (verifications.incrementAndGet() > 1) {
                        throw new BadJwtException("expired");
                    }
                    return jwt(token, NOW.minusSeconds(1));
                },
                Clock.fixed(NOW, ZoneOffset.UTC));

        tokens.decode("a");

        assertThatThrownBy(() -> tokens.decode("a")).isInstanceOf(BadJwtException.class);
    }
}
