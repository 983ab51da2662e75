package com.creditline.common.security;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Tokens a service sends with its calls to another service's internal endpoints (HS256 over the
 * shared service secret, five minutes, renewed a minute before they end). A client of a peer's
 * internal API adds this as its request interceptor.
 */
public final class ServiceTokens implements ClientHttpRequestInterceptor {

    public static final String ISSUER = "creditline-services";
    private static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final Duration RENEW_BEFORE = Duration.ofMinutes(1);

    private final NimbusJwtEncoder encoder;
    private final Caller self;
    private final Clock clock;
    private volatile String token;
    private volatile Instant expiresAt = Instant.MIN;

    public ServiceTokens(String secret, String serviceName, Clock clock) {
        this.encoder = new NimbusJwtEncoder(new ImmutableSecret<>(secretKey(secret)));
        this.self = Caller.service(serviceName);
        this.clock = clock;
    }

    static SecretKey secretKey(String secret) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < 32) {
            throw new IllegalArgumentException("creditline.security.service-token-secret must be at least 32 bytes");
        }
        return new SecretKeySpec(bytes, "HmacSHA256");
    }

    public String current() {
        Instant now = clock.instant();
        if (expiresAt.isBefore(now.plus(RENEW_BEFORE))) {
            synchronized (this) {
                if (expiresAt.isBefore(now.plus(RENEW_BEFORE))) {
                    token = sign(now);
                    expiresAt = now.plus(LIFETIME);
                }
            }
        }
        return token;
    }

    private String sign(Instant now) {
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .audience(List.of(CallerTokens.AUDIENCE))
                .subject(self.subject())
                .id(UUID.randomUUID().toString())
                .issuedAt(now)
                .expiresAt(now.plus(LIFETIME))
                .claim(Caller.KIND, self.kind().name())
                .claim(Caller.ROLES, List.copyOf(self.roles()))
                .build();
        return encoder.encode(JwtEncoderParameters.from(
                        JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        request.getHeaders().setBearerAuth(current());
        return execution.execute(request, body);
    }
}
