package com.creditline.common.security;

import jakarta.servlet.http.HttpServletRequest;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;

/**
 * The two issuers a service trusts: the gateway (RS256, for callers from outside: the shop,
 * partners, staff) and its peer services (HS256 over the shared secret, for internal calls).
 * A token's issuer picks its verifier; any other issuer is refused. Only the gateway can vouch
 * for staff roles (and only on a staff caller) and scopes, only a peer for the SERVICE role.
 */
public final class TrustedIssuers {

    static final Set<String> STAFF_ROLES = Set.of("VIEWER", "CREDIT_OFFICER", "COLLECTOR", "ADMIN");

    private TrustedIssuers() {}

    public static AuthenticationManagerResolver<HttpServletRequest> resolver(
            RSAPublicKey gatewayKey, String serviceSecret) {
        AuthenticationManager gateway = manager(
                NimbusJwtDecoder.withPublicKey(gatewayKey).build(), CallerTokens.ISSUER, TrustedIssuers::outsideCaller);
        AuthenticationManager services = manager(
                NimbusJwtDecoder.withSecretKey(ServiceTokens.secretKey(serviceSecret))
                        .macAlgorithm(MacAlgorithm.HS256)
                        .build(),
                ServiceTokens.ISSUER,
                TrustedIssuers::peerService);
        Map<String, AuthenticationManager> byIssuer =
                Map.of(CallerTokens.ISSUER, gateway, ServiceTokens.ISSUER, services);
        return new JwtIssuerAuthenticationManagerResolver(byIssuer::get);
    }

    private static AuthenticationManager manager(
            NimbusJwtDecoder decoder, String issuer, java.util.function.Function<Jwt, List<GrantedAuthority>> grants) {
        OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>(
                JwtClaimNames.AUD, aud -> aud != null && aud.contains(CallerTokens.AUDIENCE));
        decoder.setJwtValidator(
                new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer), audience));
        JwtAuthenticationProvider provider =
                new JwtAuthenticationProvider(new VerifiedTokens(decoder, Clock.systemUTC()));
        provider.setJwtAuthenticationConverter(
                jwt -> new JwtAuthenticationToken(jwt, grants.apply(jwt), jwt.getSubject()));
        return new ProviderManager(provider);
    }

    private static List<GrantedAuthority> outsideCaller(Jwt jwt) {
        Caller caller = Caller.from(jwt);
        if (caller.kind() == Caller.Kind.SERVICE) {
            return List.of();
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        caller.scopes().forEach(scope -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + scope)));
        if (caller.kind() == Caller.Kind.STAFF) {
            caller.roles().stream()
                    .filter(STAFF_ROLES::contains)
                    .forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        }
        return authorities;
    }

    private static List<GrantedAuthority> peerService(Jwt jwt) {
        return Caller.from(jwt).kind() == Caller.Kind.SERVICE
                ? List.of(new SimpleGrantedAuthority("ROLE_" + Access.SERVICE_ROLE))
                : List.of();
    }
}
