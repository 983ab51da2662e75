package com.creditline.gateway.access;

import com.creditline.common.security.CallerTokens;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Replaces whatever credential the caller sent with a caller token the gateway signs, so that a
 * service sees only who the gateway vouches for, never a partner's key or a staff member's token.
 * Requests without a caller (health, API descriptions) reach the service with no credential.
 */
@Component
class CallerRelay implements GlobalFilter, Ordered {

    private final CallerTokens tokens;

    CallerRelay(CallerTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return exchange.getPrincipal()
                .filter(CallerAuthentication.class::isInstance)
                .map(principal -> tokens.tokenFor(((CallerAuthentication) principal).caller()))
                .map(token -> relayed(exchange, token))
                .defaultIfEmpty(relayed(exchange, null))
                .flatMap(chain::filter);
    }

    private static ServerWebExchange relayed(ServerWebExchange exchange, String token) {
        ServerHttpRequest request = exchange.getRequest()
                .mutate()
                .headers(headers -> {
                    headers.remove(ApiKeyAuthentication.HEADER);
                    headers.remove(HttpHeaders.AUTHORIZATION);
                    if (token != null) {
                        headers.setBearerAuth(token);
                    }
                })
                .build();
        return exchange.mutate().request(request).build();
    }

    /** Right after the correlation id. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
