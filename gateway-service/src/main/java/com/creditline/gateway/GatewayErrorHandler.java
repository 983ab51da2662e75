package com.creditline.gateway;

import com.creditline.common.error.DatabaseRefusal;
import com.creditline.common.error.DatabaseUnavailable;
import com.creditline.common.web.CorrelationId;
import java.io.IOException;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Answers the gateway's own failures as RFC 9457 problems: a service that refuses the connection
 * or does not answer in time becomes a 503 (with Retry-After), an unknown path a 404, anything
 * else a 500 that names only the correlation id.
 */
@Component
@Order(-2)
class GatewayErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayErrorHandler.class);

    private final ProblemWriter problems;

    GatewayErrorHandler(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(error);
        }
        String correlationId = exchange.getAttribute(CorrelationId.MDC_KEY);
        ProblemDetail problem = problemFor(error);
        if (problem.getStatus() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            response.getHeaders().set("Retry-After", "5");
            log.warn(
                    "upstream unavailable for {} [{}]: {}",
                    exchange.getRequest().getPath(),
                    correlationId,
                    error.toString());
        } else if (problem.getStatus() >= 500) {
            log.error("gateway failure [{}]", correlationId, error);
        }
        return problems.write(exchange, problem);
    }

    private static ProblemDetail problemFor(Throwable error) {
        if (isUpstreamDown(error)) {
            return problem(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "service-unavailable",
                    "A service behind the gateway is not answering. Retry shortly.");
        }
        if (DatabaseRefusal.isValueOutOfRange(error)) {
            // The request's own text does not fit where the gateway keeps it (an admin path
            // longer than the audit log holds): refused, and nothing was forwarded.
            return problem(
                    HttpStatus.BAD_REQUEST,
                    "invalid-request",
                    "A value of the request, such as its path, is too long or cannot be stored.");
        }
        if (error instanceof ResponseStatusException status) {
            HttpStatus code = HttpStatus.resolve(status.getStatusCode().value());
            if (code == HttpStatus.GATEWAY_TIMEOUT || code == HttpStatus.SERVICE_UNAVAILABLE) {
                return problem(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "service-unavailable",
                        "A service behind the gateway did not answer in time. Retry shortly.");
            }
            if (code != null && code.is4xxClientError()) {
                return problem(code, code.getReasonPhrase().toLowerCase().replace(' ', '-'), code.getReasonPhrase());
            }
        }
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error",
                "The request could not be completed. Quote the correlation id when you report it.");
    }

    /** A service that does not answer, or the gateway's own database (keys, limits, audit) being away. */
    private static boolean isUpstreamDown(Throwable error) {
        if (DatabaseUnavailable.isCauseOf(error)) {
            return true;
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            // Refused, reset by a replica killed mid-request ("Connection reset by peer"), closed
            // before the response: every I/O failure of the forwarded request, and no answer in time.
            if (t instanceof IOException
                    || t instanceof TimeoutException
                    || t.getClass().getName().endsWith("ConnectTimeoutException")) {
                return true;
            }
        }
        return false;
    }

    private static ProblemDetail problem(HttpStatus status, String code, String detail) {
        return ProblemWriter.problem(status, code, detail);
    }
}
