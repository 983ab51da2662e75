package com.creditline.gateway.localissuer;

import static com.creditline.gateway.ProblemAnswers.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.gateway.GatewayWebSlice;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * The local issuer's token endpoint alone: open to anyone, a client-credentials token for the
 * shop (form fields or HTTP Basic) and a password token for staff, each read back by the gateway's
 * own verifier; one 401 problem for every wrong credential and grant.
 */
@GatewayWebSlice(LocalIssuer.class)
class LocalIssuerSliceTest {

    private static final Consumer<HttpHeaders> NO_HEADERS = h -> {};

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveJwtDecoder verifier;

    @Test
    void shouldGiveTheShopATokenWithItsScopesForItsIdAndSecret() {
        Jwt token = verified(token(
                NO_HEADERS,
                Map.of(
                        "grant_type", "client_credentials",
                        "client_id", "shop",
                        "client_secret", "shop-local-secret")));
        assertThat(token.getSubject()).isEqualTo("shop");
        assertThat(token.getClaimAsString("client_id")).isEqualTo("shop");
        assertThat(token.getClaimAsString("scope"))
                .isEqualTo("checkout:write orders:read customers:write customers:read repayments:write");
    }

    @Test
    void shouldAcceptTheShopsCredentialsByHttpBasic() {
        String basic = Base64.getEncoder().encodeToString("shop:shop-local-secret".getBytes(StandardCharsets.UTF_8));
        Jwt token = verified(
                token(h -> h.set("Authorization", "Basic " + basic), Map.of("grant_type", "client_credentials")));
        assertThat(token.getSubject()).isEqualTo("shop");
    }

    @Test
    void shouldGiveAStaffMemberATokenWithTheirRoles() {
        Jwt token = verified(
                token(NO_HEADERS, Map.of("grant_type", "password", "username", "olga", "password", "olga-local")));
        assertThat(token.getSubject()).isEqualTo("olga");
        assertThat(token.getClaimAsStringList("roles")).containsExactly("CREDIT_OFFICER");
    }

    @Test
    void shouldAnswerEveryWrongCredentialOrGrantWithTheSame401Problem() {
        for (Map<String, String> form : List.of(
                Map.of("grant_type", "client_credentials", "client_id", "shop", "client_secret", "guess"),
                Map.of("grant_type", "client_credentials", "client_id", "nobody", "client_secret", "x"),
                Map.of("grant_type", "client_credentials"),
                Map.of("grant_type", "password", "username", "alice", "password", "olga-local"),
                Map.of("grant_type", "password", "username", "mallory", "password", "x"),
                Map.of("grant_type", "authorization_code", "code", "x"),
                Map.of("username", "alice", "password", "alice-local"))) {
            problem(form(NO_HEADERS, form).exchange(), HttpStatus.UNAUTHORIZED, "invalid-client")
                    .jsonPath("$.detail")
                    .isEqualTo("Unknown client, user or password.")
                    .jsonPath("$.access_token")
                    .doesNotExist();
        }
    }

    @Test
    void shouldAnswerARequestThatIsNoFormWithA415Problem() {
        problem(
                web.post()
                        .uri("/oauth2/token")
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue("{\"grant_type\":\"password\"}")
                        .exchange(),
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "unsupported-media-type");
    }

    private WebTestClient.RequestHeadersSpec<?> form(Consumer<HttpHeaders> headers, Map<String, String> fields) {
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        fields.forEach(form::add);
        return web.post()
                .uri("/oauth2/token")
                .headers(headers)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData(form));
    }

    private String token(Consumer<HttpHeaders> headers, Map<String, String> fields) {
        byte[] answer = form(headers, fields)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.token_type")
                .isEqualTo("Bearer")
                .jsonPath("$.expires_in")
                .isEqualTo(3600)
                .jsonPath("$.access_token")
                .isNotEmpty()
                .returnResult()
                .getResponseBody();
        String json = new String(answer, StandardCharsets.UTF_8);
        return JsonPath.read(json, "$.access_token");
    }

    private Jwt verified(String token) {
        return verifier.decode(token).block();
    }
}
