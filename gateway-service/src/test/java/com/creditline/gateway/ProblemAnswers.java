package com.creditline.gateway;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** What every problem the gateway answers with holds, checked by JSON path in web slices. */
public final class ProblemAnswers {

    private static final String TYPES = "https://problems.creditline.dev/";

    private ProblemAnswers() {}

    /**
     * The answer is an RFC 9457 problem of this status and type ({@code forbidden}, ...), titled
     * with the status's reason; the body spec is returned for the problem's detail and fields.
     */
    public static WebTestClient.BodyContentSpec problem(
            WebTestClient.ResponseSpec answer, HttpStatus status, String type) {
        return answer.expectStatus()
                .isEqualTo(status.value())
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(TYPES + type)
                .jsonPath("$.title")
                .isEqualTo(status.getReasonPhrase())
                .jsonPath("$.status")
                .isEqualTo(status.value());
    }
}
