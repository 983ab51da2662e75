package com.creditline.common.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Signs the caller tokens the gateway hands to services (RS256, two minutes). A caller's token
 * is reused while it has more than a minute left, so that signing costs nothing per request.
 */
public final class CallerTokens {

    public static final String ISSUER = "creditline-gateway";
    public static final String AUDIENCE = "creditline-services";
    static final Duration LIFETIME = Duration.ofMinutes(2);
    private static final Duration REUSE_WHILE = Duration.ofMinutes(1);
    private static final int MAX_CACHED = 10_000;

    private final JwtEncoder encoder;
    private final Clock clock;
    private final Map<Caller, Signed> signed = new ConcurrentHashMap<>();

    private record Signed(String token, Instant expiresAt) {}

    public CallerTokens(RSAPublicKey publicKey, RSAPrivateKey privateKey, Clock clock) {
        RSAKey key = new RSAKey.Builder(publicKey)
                .privateKey(privateKey)
                .keyID("caller-token")
                .build();
        this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
        this.clock = clock;
    }

    /** A token for the caller, valid for at least another minute. */
    public String tokenFor(Caller caller) {
        Instant now = clock.instant();
        Signed current = signed.get(caller);
        if (current == null || current.expiresAt().isBefore(now.plus(REUSE_WHILE))) {
            if (signed.size() > MAX_CACHED) {
                signed.clear();
            }
            current = new Signed(sign(caller, now), now.plus(LIFETIME));
            signed.put(caller, current);
        }
        return current.token();
    }

    private String sign(Caller caller, Instant now) {
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .audience(List.of(AUDIENCE))
                .subject(caller.subject())
                .id(UUID.randomUUID().toString())
                .issuedAt(now)
                .expiresAt(now.plus(LIFETIME))
                .claim(Caller.KIND, caller.kind().name())
                .claim(Caller.SCOPE, List.copyOf(caller.scopes()))
                .claim(Caller.ROLES, List.copyOf(caller.roles()));
        caller.partnerId().ifPresent(partner -> claims.claim(Caller.PARTNER, partner));
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
    }
}
