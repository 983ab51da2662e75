package com.creditline.gateway.access;

import com.creditline.gateway.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** No or a bad credential: 401 (the same answer for every reason); a credential without the right: 403. */
@Component
class RefusalHandler implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    private final ProblemWriter problems;

    RefusalHandler(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException e) {
        exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer, ApiKey");
        return problems.write(
                exchange,
                ProblemWriter.problem(
                        HttpStatus.UNAUTHORIZED,
                        "unauthenticated",
                        "Send a valid API key (X-Api-Key) or bearer token."));
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException e) {
        return problems.write(
                exchange,
                ProblemWriter.problem(HttpStatus.FORBIDDEN, "forbidden", "The caller is not allowed to do this."));
    }
}
