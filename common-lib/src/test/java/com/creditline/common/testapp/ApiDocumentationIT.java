package com.creditline.common.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditline.common.test.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every operation's document lists the problems it can answer and the headers it takes, and the
 * tests' client refuses an answer that the document does not describe. (Same context as
 * IdempotencyKeyIT.)
 */
@NotesApp
class ApiDocumentationIT {

    @LocalServerPort
    int port;

    @Test
    void shouldDocumentTheProblemsAndHeadersOfEveryOperation() {
        JsonNode api =
                TestHttp.anonymous(port).get().uri("/v3/api-docs").retrieve().body(JsonNode.class);

        JsonNode write = api.path("paths").path("/api/v1/notes").path("post");
        assertThat(write.path("responses").propertyNames())
                .contains("201", "400", "401", "403", "409", "413", "415", "422", "429", "503");
        assertThat(write.path("responses")
                        .path("409")
                        .path("content")
                        .path("application/problem+json")
                        .path("schema")
                        .path("$ref")
                        .asString())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(write.path("responses").path("429").path("headers").has("Retry-After"))
                .isTrue();
        assertThat(write.path("parameters").toString()).contains("#/components/parameters/IdempotencyKey");
        assertThat(api.path("components")
                        .path("parameters")
                        .path("IdempotencyKey")
                        .path("name")
                        .asString())
                .isEqualTo("Idempotency-Key");
        assertThat(api.path("components")
                        .path("schemas")
                        .path("Problem")
                        .path("properties")
                        .propertyNames())
                .contains("type", "title", "status", "detail", "correlationId", "errors");
    }

    @Test
    void shouldFailATestWhoseAnswerTheDocumentDoesNotDescribe() {
        // no GET on this path: the 405 answer is nowhere in the document
        assertThatThrownBy(() ->
                        TestHttp.to(port).get().uri("/api/v1/notes").retrieve().toBodilessEntity())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("GET /api/v1/notes answered 405, which its OpenAPI document does not describe");
    }
}
