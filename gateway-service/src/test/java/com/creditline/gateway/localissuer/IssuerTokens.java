package com.creditline.gateway.localissuer;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Bearer tokens as the local issuer signs them (its development key and issuer name), for web
 * slices that do not run the token endpoint: a staff member with roles, or a first-party client
 * with scopes. The gateway's own verifier reads them as it reads the issuer's.
 */
public final class IssuerTokens {

    private static final LocalIssuerConfiguration KEYS = new LocalIssuerConfiguration();
    private static final NimbusJwtEncoder ENCODER = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(
            new RSAKey.Builder(KEYS.publicKey()).privateKey(KEYS.privateKey()).build())));

    private IssuerTokens() {}

    /** A staff member, e.g. {@code staff("alice", "ADMIN")}. */
    public static Consumer<HttpHeaders> staff(String user, String... roles) {
        return bearer(JwtClaimsSet.builder().subject(user).claim("roles", List.of(roles)));
    }

    /** A first-party client, e.g. {@code client("shop", "checkout:write")}. */
    public static Consumer<HttpHeaders> client(String id, String... scopes) {
        return bearer(
                JwtClaimsSet.builder().subject(id).claim("client_id", id).claim("scope", String.join(" ", scopes)));
    }

    private static Consumer<HttpHeaders> bearer(JwtClaimsSet.Builder claims) {
        Instant now = Instant.now();
        JwtClaimsSet signed = claims.issuer(LocalIssuerConfiguration.ISSUER)
                .issuedAt(now)
                .expiresAt(now.plus(Duration.ofHours(1)))
                .build();
        String token = ENCODER.encode(JwtEncoderParameters.from(
                        JwsHeader.with(SignatureAlgorithm.RS256).build(), signed))
                .getTokenValue();
        return headers -> headers.setBearerAuth(token);
    }
}
