package com.creditline.common.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.security.Caller;
import com.creditline.common.security.CallerTokens;
import com.creditline.common.test.TestCallers;
import com.creditline.common.test.TestHttp;
import com.jayway.jsonpath.JsonPath;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * What every service does with a request before its controller sees it: only a caller token from
 * the gateway (or a peer's on /internal) lets it in, the endpoint's Access rule decides, and the
 * body is read strictly; every refusal is a problem without internal names. (Same context as
 * IdempotencyKeyIT.)
 */
@NotesApp
class RequestTrustIT {

    @LocalServerPort
    int port;

    ResponseEntity<String> note(RestClient client, String body) {
        return client.post()
                .uri("/api/v1/notes")
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .toEntity(String.class);
    }

    @Test
    void shouldAnswer401WithoutACallerTokenOrWithOneTheGatewayDidNotSign() throws Exception {
        ResponseEntity<String> none = note(TestHttp.anonymous(port), "{\"noteId\":\"t-1\",\"customerKey\":\"c\"}");
        assertThat(none.getStatusCode().value()).isEqualTo(401);
        assertThat(none.getHeaders().getContentType()).hasToString("application/problem+json");

        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var stranger = generator.generateKeyPair();
        String forged = new CallerTokens(
                        (RSAPublicKey) stranger.getPublic(), (RSAPrivateKey) stranger.getPrivate(), Clock.systemUTC())
                .tokenFor(TestCallers.EVERYTHING);
        ResponseEntity<String> forgedAnswer = TestHttp.anonymous(port)
                .post()
                .uri("/api/v1/notes")
                .header("Authorization", "Bearer " + forged)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"noteId\":\"t-2\",\"customerKey\":\"c\"}")
                .retrieve()
                .toEntity(String.class);
        assertThat(forgedAnswer.getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void shouldAnswer403ToACallerWithoutTheEndpointsScope() {
        ResponseEntity<String> partner = note(
                TestHttp.as(port, Caller.partner("P-1", "k-1", List.of("orders:read"))),
                "{\"noteId\":\"t-3\",\"customerKey\":\"c\"}");
        assertThat(partner.getStatusCode().value()).isEqualTo(403);
        assertThat(JsonPath.<Integer>read(partner.getBody(), "$.status")).isEqualTo(403);
    }

    @Test
    void shouldAnswer400NamingTheFieldButNoClassForUnknownOrMalformedFields() {
        ResponseEntity<String> unknown =
                note(TestHttp.to(port), "{\"noteId\":\"t-4\",\"customerKey\":\"c\",\"isAdmin\":true}");
        assertThat(unknown.getStatusCode().value()).isEqualTo(400);
        assertThat(unknown.getBody()).contains("Unknown field 'isAdmin'").doesNotContain("com.creditline", "Exception");

        ResponseEntity<String> wrongType = note(TestHttp.to(port), "{\"noteId\":{\"a\":1},\"customerKey\":\"c\"}");
        assertThat(wrongType.getStatusCode().value()).isEqualTo(400);
        assertThat(wrongType.getBody()).contains("noteId").doesNotContain("com.creditline", "java.lang");

        ResponseEntity<String> notJson = note(TestHttp.to(port), "{\"noteId\":");
        assertThat(notJson.getStatusCode().value()).isEqualTo(400);
        assertThat(notJson.getBody()).doesNotContain("com.creditline", "Exception", "tools.jackson");

        ResponseEntity<String> duplicated =
                note(TestHttp.to(port), "{\"noteId\":\"t-5\",\"noteId\":\"t-6\",\"customerKey\":\"c\"}");
        assertThat(duplicated.getStatusCode().value()).isEqualTo(400);
    }
}
