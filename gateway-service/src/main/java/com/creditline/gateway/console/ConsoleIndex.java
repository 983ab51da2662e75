package com.creditline.gateway.console;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The console's page at {@code /console/} (WebFlux serves {@code static/console/index.html} only
 * by its full name, and a welcome page only at the root); {@code /console} redirects there so that
 * the page's relative addresses resolve. The gateway's routes never match these paths.
 */
@Component
class ConsoleIndex implements WebFilter {

    static final String HOME = "/console/";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (path.equals("/console")) {
            exchange.getResponse().setStatusCode(HttpStatus.MOVED_PERMANENTLY);
            exchange.getResponse().getHeaders().setLocation(URI.create(HOME));
            return exchange.getResponse().setComplete();
        }
        if (path.equals(HOME)) {
            return chain.filter(exchange.mutate()
                    .request(request -> request.path(HOME + "index.html"))
                    .build());
        }
        return chain.filter(exchange);
    }
}
