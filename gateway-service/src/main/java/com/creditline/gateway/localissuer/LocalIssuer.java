package com.creditline.gateway.localissuer;

import com.creditline.common.security.Access;
import com.creditline.gateway.ProblemWriter;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * {@code POST /oauth2/token}, form-encoded: {@code grant_type=client_credentials} with the client's
 * id and secret (HTTP Basic or form fields) for the shop; {@code grant_type=password} with a staff
 * user's name and password. Tokens last an hour.
 */
@RestController
@Tag(name = "Tokens", description = "Bearer tokens for the shop and staff on a local platform")
@ConditionalOnProperty(name = "creditline.local-issuer.enabled", havingValue = "true")
class LocalIssuer {

    static final Duration LIFETIME = Duration.ofHours(1);

    private final LocalIssuerSettings settings;
    private final NimbusJwtEncoder encoder;
    private final Clock clock;

    LocalIssuer(LocalIssuerSettings settings, LocalIssuerConfiguration keys) {
        this.settings = settings;
        this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(new RSAKey.Builder(keys.publicKey())
                .privateKey(keys.privateKey())
                .keyID("local-issuer")
                .build())));
        this.clock = Clock.systemUTC();
    }

    record TokenResponse(String access_token, String token_type, long expires_in) {}

    /** The form the token endpoint reads (for the document: the endpoint reads the form itself). */
    @Schema(name = "TokenRequest")
    record TokenForm(
            @Schema(allowableValues = {"client_credentials", "password"})
            String grant_type,

            @Schema(description = "client_credentials: the client (or HTTP Basic)", example = "shop")
            String client_id,

            @Schema(description = "client_credentials: its secret")
            String client_secret,

            @Schema(description = "password: the staff member", example = "alice")
            String username,

            @Schema(description = "password: their password")
            String password) {}

    @Operation(
            summary = "A token from the local issuer",
            description = "For a machine without an identity provider: client_credentials for the shop, password for"
                    + " the local staff (alice ADMIN, olga CREDIT_OFFICER, colin COLLECTOR, vera VIEWER). The bearer"
                    + " token lasts an hour. Off when a real identity provider is configured.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
                                            schema = @Schema(implementation = TokenForm.class))))
    @ApiResponse(
            responseCode = "200",
            description = "The token",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @ApiResponse(responseCode = "401", description = "Unknown client, user or password, or an unsupported grant.")
    @PostMapping(path = "/oauth2/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @PreAuthorize(Access.ANYONE)
    Mono<ResponseEntity<?>> token(ServerWebExchange exchange) {
        return exchange.getFormData().map(form -> {
            String grant = form.getFirst("grant_type");
            Optional<JwtClaimsSet.Builder> claims = switch (String.valueOf(grant)) {
                case "client_credentials" -> client(exchange, form);
                case "password" -> staff(form);
                default -> Optional.empty();
            };
            if (claims.isEmpty()) {
                return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body(ProblemWriter.problem(
                                HttpStatus.UNAUTHORIZED, "invalid-client", "Unknown client, user or password."));
            }
            Instant now = clock.instant();
            JwtClaimsSet signed = claims.get()
                    .issuer(LocalIssuerConfiguration.ISSUER)
                    .issuedAt(now)
                    .expiresAt(now.plus(LIFETIME))
                    .id(UUID.randomUUID().toString())
                    .build();
            String token = encoder.encode(JwtEncoderParameters.from(
                            JwsHeader.with(SignatureAlgorithm.RS256).build(), signed))
                    .getTokenValue();
            return ResponseEntity.ok(new TokenResponse(token, "Bearer", LIFETIME.toSeconds()));
        });
    }

    private Optional<JwtClaimsSet.Builder> client(ServerWebExchange exchange, MultiValueMap<String, String> form) {
        String[] basic = basicCredentials(exchange);
        String id = basic != null ? basic[0] : form.getFirst("client_id");
        String secret = basic != null ? basic[1] : form.getFirst("client_secret");
        LocalIssuerSettings.Client client =
                id == null ? null : settings.clients().get(id);
        if (client == null || !same(secret, client.secret())) {
            return Optional.empty();
        }
        return Optional.of(JwtClaimsSet.builder()
                .subject(id)
                .claim("client_id", id)
                .claim("scope", String.join(" ", client.scopes())));
    }

    private Optional<JwtClaimsSet.Builder> staff(MultiValueMap<String, String> form) {
        String name = form.getFirst("username");
        LocalIssuerSettings.StaffUser user =
                name == null ? null : settings.staff().get(name);
        if (user == null || !same(form.getFirst("password"), user.password())) {
            return Optional.empty();
        }
        return Optional.of(JwtClaimsSet.builder().subject(name).claim("roles", List.copyOf(user.roles())));
    }

    private static String[] basicCredentials(ServerWebExchange exchange) {
        String header = exchange.getRequest().getHeaders().getFirst("Authorization");
        if (header == null || !header.startsWith("Basic ")) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    }

    private static boolean same(String given, String expected) {
        return given != null
                && MessageDigest.isEqual(
                        given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
