package com.creditline.gateway;

import com.creditline.common.web.CorrelationId;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Gives every request a correlation id before it is routed (keeping a well-formed one the caller
 * sent), passes it to the service, and returns it to the caller.
 */
@Component
class CorrelationIdGatewayFilter implements GlobalFilter, Ordered {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        String correlationId =
                CorrelationId.acceptOrCreate(exchange.getRequest().getHeaders().getFirst(CorrelationId.HEADER));
        ServerHttpRequest request = exchange.getRequest()
                .mutate()
                .headers(h -> h.set(CorrelationId.HEADER, correlationId))
                .build();
        // Set just before the response is written, replacing the copy the service sends back.
        exchange.getResponse().beforeCommit(() -> {
            exchange.getResponse().getHeaders().set(CorrelationId.HEADER, correlationId);
            return Mono.empty();
        });
        exchange.getAttributes().put(CorrelationId.MDC_KEY, correlationId);
        return chain.filter(exchange.mutate().request(request).build());
    }

    /** First of all filters, so that even a refused request carries the id. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
