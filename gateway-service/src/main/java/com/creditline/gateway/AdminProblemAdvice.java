package com.creditline.gateway;

import com.creditline.common.error.Conflict;
import com.creditline.common.error.DatabaseRefusal;
import com.creditline.common.error.NotFound;
import com.creditline.common.error.RuleViolation;
import com.creditline.common.web.CorrelationId;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

/** Problems for the gateway's own admin endpoints (partners, keys, audit). */
@RestControllerAdvice
class AdminProblemAdvice {

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e, ServerWebExchange exchange) {
        return problem(HttpStatus.NOT_FOUND, e.code(), e.getMessage(), exchange);
    }

    @ExceptionHandler(Conflict.class)
    ProblemDetail conflict(Conflict e, ServerWebExchange exchange) {
        return problem(HttpStatus.CONFLICT, e.code(), e.getMessage(), exchange);
    }

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolation(RuleViolation e, ServerWebExchange exchange) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, e.code(), e.getMessage(), exchange);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalid(IllegalArgumentException e, ServerWebExchange exchange) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", e.getMessage(), exchange);
    }

    @ExceptionHandler(WebExchangeBindException.class)
    ProblemDetail invalidFields(WebExchangeBindException e, ServerWebExchange exchange) {
        ProblemDetail problem =
                problem(HttpStatus.BAD_REQUEST, "invalid-request", "The request has invalid fields.", exchange);
        List<Map<String, String>> errors = e.getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage())))
                .toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(ServerWebInputException.class)
    ProblemDetail malformed(ServerWebInputException e, ServerWebExchange exchange) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "malformed-request",
                "The request body is not valid JSON for this endpoint.",
                exchange);
    }

    /**
     * A text the database cannot store (a NUL character) or a value out of its column's range is
     * the caller's 400; a name already taken, a 409. Anything else stays the failure it is.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail refusedByTheDatabase(DataIntegrityViolationException e, ServerWebExchange exchange) {
        if (DatabaseRefusal.isValueOutOfRange(e)) {
            return problem(
                    HttpStatus.BAD_REQUEST,
                    "invalid-request",
                    "A value of the request is out of range, too long or has a character that cannot be stored.",
                    exchange);
        }
        if (DatabaseRefusal.isUniqueKeyViolation(e)) {
            return problem(
                    HttpStatus.CONFLICT,
                    "constraint-violated",
                    "The request conflicts with data that already exists.",
                    exchange);
        }
        throw e;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e, ServerWebExchange exchange) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "The caller is not allowed to do this.", exchange);
    }

    private static ProblemDetail problem(HttpStatus status, String code, String detail, ServerWebExchange exchange) {
        ProblemDetail problem = ProblemWriter.problem(status, code, detail);
        problem.setProperty("correlationId", exchange.getAttribute(CorrelationId.MDC_KEY));
        return problem;
    }
}
