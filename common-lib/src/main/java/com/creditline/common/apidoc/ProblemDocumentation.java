package com.creditline.common.apidoc;

import com.creditline.common.idempotency.IdempotencyFilter;
import com.creditline.common.security.Access;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Map;
import java.util.Optional;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.method.HandlerMethod;

/**
 * Writes into every operation of a service's OpenAPI document the errors it can answer and the
 * headers it takes, so that a partner's developer reads them where they read the operation:
 *
 * <ul>
 *   <li>every operation: 400 (a malformed or invalid request), 429 (the gateway's rate limit, with
 *       {@code Retry-After}), 503 (a dependency is away for a moment, with {@code Retry-After});
 *   <li>every operation that needs a caller: 401 (no valid credential) and 403 (not allowed);
 *   <li>every operation with a body: 413 (too large) and 415 (not JSON);
 *   <li>every POST of a service with the idempotency filter: the optional {@code Idempotency-Key} header and the two refusals it brings, 409
 *       (the same key still running) and 422 (the same key with another request);
 *   <li>the refusals an operation declares itself with {@code @ApiResponse(responseCode = "404",
 *       description = "...")} (404, 409, 422): their body is made the problem schema.
 * </ul>
 *
 * Every error body is an RFC 9457 problem ({@code application/problem+json}).
 */
public class ProblemDocumentation implements OperationCustomizer, OpenApiCustomizer {

    static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
    static final String PROBLEM_SCHEMA = "Problem";
    static final String IDEMPOTENCY_PARAMETER = "IdempotencyKey";

    private final boolean idempotentPosts;

    /** {@code idempotentPosts}: whether the service answers POSTs through the {@link IdempotencyFilter}. */
    public ProblemDocumentation(boolean idempotentPosts) {
        this.idempotentPosts = idempotentPosts;
    }

    @Override
    public void customise(OpenAPI api) {
        Components components = Optional.ofNullable(api.getComponents()).orElseGet(Components::new);
        api.setComponents(components);
        components.addSchemas(PROBLEM_SCHEMA, problemSchema());
        if (idempotentPosts) {
            components.addParameters(IDEMPOTENCY_PARAMETER, idempotencyKey());
        }
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        ApiResponses responses = Optional.ofNullable(operation.getResponses()).orElseGet(ApiResponses::new);
        operation.setResponses(responses);
        responses.forEach((status, response) -> {
            if (isError(status)) {
                response.setContent(problemContent());
            }
        });
        add(
                responses,
                "400",
                "The request is malformed (not JSON, an unknown field, a value of the wrong type)"
                        + " or invalid (a field out of range); the problem names the fields.");
        if (needsCaller(handler)) {
            add(responses, "401", "No credential, or one that is not valid (expired, forged, revoked).");
            add(responses, "403", "The caller is authenticated but may not do this.");
        }
        if (operation.getRequestBody() != null) {
            add(responses, "413", "The body is larger than the service accepts.");
            add(responses, "415", "The body is not JSON (Content-Type application/json).");
        }
        if (idempotentPosts && handler.hasMethodAnnotation(PostMapping.class)) {
            operation.addParametersItem(new Parameter().$ref("#/components/parameters/" + IDEMPOTENCY_PARAMETER));
            add(responses, "409", "A request with the same Idempotency-Key is still being processed.");
            add(responses, "422", "The Idempotency-Key was used before with a different request.");
        }
        responses.addApiResponse("429", withRetryAfter(problem("Too many requests from this caller.")));
        responses.addApiResponse(
                "503",
                withRetryAfter(problem("The platform is carrying all it can (the gateway's admission control), or a"
                        + " dependency of the service is away for a moment; nothing was changed.")));
        return operation;
    }

    /** A refusal that the operation declared itself keeps its own, more precise, description. */
    private static void add(ApiResponses responses, String status, String description) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, problem(description));
        }
    }

    private static boolean needsCaller(HandlerMethod handler) {
        PreAuthorize rule = handler.getMethodAnnotation(PreAuthorize.class);
        return rule == null || !Access.ANYONE.equals(rule.value());
    }

    private static boolean isError(String status) {
        return status.startsWith("4") || status.startsWith("5");
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(problemContent());
    }

    private static ApiResponse withRetryAfter(ApiResponse response) {
        return response.headers(Map.of(
                "Retry-After",
                new Header()
                        .description("Seconds to wait before sending the same request again.")
                        .schema(new IntegerSchema())));
    }

    private static Content problemContent() {
        return new Content()
                .addMediaType(
                        PROBLEM_MEDIA_TYPE,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA)));
    }

    private static Parameter idempotencyKey() {
        return new HeaderParameter()
                .name(IdempotencyFilter.HEADER)
                .required(false)
                .description("Makes a retried POST safe: the first request with a key runs and its answer is kept"
                        + " for 24 hours; the same key with the same request gets that answer again (with"
                        + " Idempotent-Replayed: true) and changes nothing. Scoped to the caller.")
                .schema(new StringSchema().pattern("^[A-Za-z0-9._:-]{1,255}$"))
                .example("order-8841-capture-1");
    }

    /** RFC 9457 problem details, with the correlation id and, for invalid fields, the fields. */
    private static Schema<?> problemSchema() {
        Schema<?> fieldError =
                new ObjectSchema().addProperty("field", new StringSchema()).addProperty("message", new StringSchema());
        return new ObjectSchema()
                .description("An RFC 9457 problem: what went wrong, never a stack trace or an internal name.")
                .addProperty(
                        "type", new StringSchema().format("uri").example("https://problems.creditline.dev/not-found"))
                .addProperty("title", new StringSchema().example("Not Found"))
                .addProperty("status", new IntegerSchema().example(404))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty(
                        "correlationId",
                        new StringSchema().description("Quote it when you report a problem: it finds the logs."))
                .addProperty(
                        "errors",
                        new ArraySchema()
                                .items(fieldError)
                                .description("The fields at fault, for an invalid request."));
    }
}
