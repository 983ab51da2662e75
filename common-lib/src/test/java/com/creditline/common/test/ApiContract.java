package com.creditline.common.test;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Checks every answer a test receives from a service against that service's own OpenAPI document
 * ({@code /v3/api-docs}), so that the document cannot drift from the code: a status the operation
 * does not declare, a body that does not match its schema, or a method the document does not know
 * fails the test that received it. Requests are not checked (tests send bad ones on purpose).
 *
 * <p>Off with {@code -Dcreditline.api-contract=off}, for a test run that explores.
 */
public final class ApiContract implements ClientHttpRequestInterceptor {

    private static final Map<Integer, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();

    private final int port;

    private ApiContract(int port) {
        this.port = port;
    }

    /** The check of answers from the service on {@code port}, or none when switched off. */
    static ClientHttpRequestInterceptor of(int port) {
        return "off".equals(System.getProperty("creditline.api-contract"))
                ? (request, body, execution) -> execution.execute(request, body)
                : new ApiContract(port);
    }

    @Override
    public ClientHttpResponse intercept(
            org.springframework.http.HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        ClientHttpResponse response = execution.execute(request, body);
        String path = request.getURI().getRawPath();
        if (!path.startsWith("/api/")) {
            return response; // actuator, /internal peer endpoints and the documents themselves
        }
        if (response.getStatusCode().value() == 500) {
            return response; // a fault a test provoked on purpose: no document describes a bug
        }
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(
                        response.getStatusCode().value())
                .withBody(new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8));
        response.getHeaders().forEach((name, values) -> answer.withHeader(name, values));
        ValidationReport report = validator()
                .validateResponse(
                        path, Request.Method.valueOf(request.getMethod().name()), answer.build());
        if (report.hasErrors()) {
            throw new AssertionError("%s %s answered %d, which its OpenAPI document does not describe:%n%s"
                    .formatted(
                            request.getMethod(),
                            path,
                            response.getStatusCode().value(),
                            report.getMessages().stream()
                                    .map(m -> "  - " + m.getKey() + ": " + m.getMessage())
                                    .collect(Collectors.joining(System.lineSeparator()))));
        }
        return response;
    }

    private OpenApiInteractionValidator validator() {
        return VALIDATORS.computeIfAbsent(
                port,
                p -> OpenApiInteractionValidator.createForInlineApiSpecification(document(p))
                        .withLevelResolver(LevelResolver.create()
                                // a request's own faults (a path that does not exist included) are what
                                // many tests send on purpose; but a method the document does not know on a
                                // path it does is the document's fault
                                .withLevel("validation.request", ValidationReport.Level.IGNORE)
                                .withLevel("validation.request.operation.notAllowed", ValidationReport.Level.ERROR)
                                // an answer that differs by caller (a shop's order view, a partner's with
                                // less) is documented as oneOf the views, and the lesser view matches both:
                                // a body matching more than one is fine, one matching none still fails
                                .withLevel(
                                        "validation.response.body.schema.oneOf.indexes", ValidationReport.Level.IGNORE)
                                .build())
                        .build());
    }

    private static String document(int port) {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("no OpenAPI document on port " + port + ": " + answer.statusCode());
            }
            return answer.body();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the OpenAPI document on port " + port, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
