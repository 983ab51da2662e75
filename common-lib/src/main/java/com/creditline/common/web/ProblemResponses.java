package com.creditline.common.web;

import com.creditline.common.error.BusinessException;
import com.creditline.common.error.Conflict;
import com.creditline.common.error.DatabaseRefusal;
import com.creditline.common.error.DatabaseUnavailable;
import com.creditline.common.error.DependencyUnavailable;
import com.creditline.common.error.NotFound;
import com.creditline.common.error.RuleViolation;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error a service answers is an RFC 9457 problem: Spring's own (malformed JSON, a missing
 * parameter, a wrong method) through the base class, validation failures with the fields at
 * fault, business refusals by their kind, and anything unexpected as a 500 that names only the
 * correlation id. No stack trace or internal name ever reaches the caller.
 */
@RestControllerAdvice
public class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    static final String TYPE_BASE = "https://problems.creditline.dev/";

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return refusal(HttpStatus.NOT_FOUND, e);
    }

    @ExceptionHandler(Conflict.class)
    ProblemDetail conflict(Conflict e) {
        return refusal(HttpStatus.CONFLICT, e);
    }

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolation(RuleViolation e) {
        return refusal(HttpStatus.UNPROCESSABLE_CONTENT, e);
    }

    @ExceptionHandler(DependencyUnavailable.class)
    ResponseEntity<ProblemDetail> dependencyUnavailable(DependencyUnavailable e) {
        log.warn("answered 503: {}", e.getMessage());
        return retryShortly(refusal(HttpStatus.SERVICE_UNAVAILABLE, e));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException e) {
        return forbidden();
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalidValue(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", e.getMessage());
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, PessimisticLockingFailureException.class})
    ProblemDetail concurrentChange(RuntimeException e) {
        return problem(
                HttpStatus.CONFLICT,
                "concurrent-change",
                "Concurrent change",
                "Another request changed the same record at the same time; retry.");
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail duplicate(DataIntegrityViolationException e) {
        if (DatabaseRefusal.isValueOutOfRange(e)) {
            // A value that got past the checks at the edge but does not fit its column.
            log.warn(
                    "refused by the database, a value out of range: {}",
                    e.getMostSpecificCause().getMessage());
            return problem(
                    HttpStatus.BAD_REQUEST,
                    "invalid-request",
                    "Invalid request",
                    "A value of the request is out of range or too long.");
        }
        log.info(
                "refused by a database constraint: {}",
                e.getMostSpecificCause().getClass().getSimpleName());
        return problem(
                HttpStatus.CONFLICT,
                "constraint-violated",
                "Conflicting request",
                "The request conflicts with data that already exists.");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (DatabaseUnavailable.isCauseOf(e)) {
            log.warn(
                    "answered 503, the database is unavailable: {}",
                    e.getClass().getSimpleName());
            return retryShortly(problem(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "service-unavailable",
                    "Service unavailable",
                    "The service cannot reach its database for a moment; retry shortly."));
        }
        log.error("unexpected failure", e);
        return ResponseEntity.internalServerError()
                .body(problem(
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "internal-error",
                        "Internal error",
                        "The request could not be completed. Quote the correlation id when you report it."));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage())))
                .toList();
        ProblemDetail body = problem(
                HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", "The request has invalid fields.");
        body.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(body);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err -> Map.of(
                                "field",
                                String.valueOf(r.getMethodParameter().getParameterName()),
                                "message",
                                String.valueOf(err.getDefaultMessage()))))
                .toList();
        ProblemDetail body = problem(
                HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", "The request has invalid values.");
        body.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(body);
    }

    /**
     * A body that is not JSON, has a field the endpoint does not know, or a value of the wrong
     * type: 400, naming the field but never a class.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = "The request body is not valid JSON for this endpoint.";
        if (e.getMostSpecificCause() instanceof JacksonException jackson
                && !jackson.getPath().isEmpty()) {
            String field = jackson.getPath().stream()
                    .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                    .collect(java.util.stream.Collectors.joining("."))
                    .replace(".[", "[");
            detail = jackson instanceof UnrecognizedPropertyException
                    ? "Unknown field '" + field + "'."
                    : "Field '" + field + "' has an invalid value.";
        }
        return ResponseEntity.badRequest()
                .body(problem(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request", detail));
    }

    /** Spring's own problems (400 malformed body, 405, 415...) also get the correlation id. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            problem.setProperty("correlationId", CorrelationId.current());
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    /** A 503 with {@code Retry-After}: nothing was changed and the same request may be sent again. */
    private static ResponseEntity<ProblemDetail> retryShortly(ProblemDetail problem) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem);
    }

    public static ProblemDetail forbidden() {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "The caller is not allowed to do this.");
    }

    private static ProblemDetail refusal(HttpStatus status, BusinessException e) {
        return problem(status, e.code(), status.getReasonPhrase(), e.getMessage());
    }

    public static ProblemDetail problem(HttpStatus status, String code, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + code));
        problem.setTitle(title);
        problem.setProperty("correlationId", CorrelationId.current());
        return problem;
    }
}
