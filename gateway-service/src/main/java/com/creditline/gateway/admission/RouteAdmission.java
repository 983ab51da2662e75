package com.creditline.gateway.admission;

import com.creditline.gateway.ProblemWriter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

/**
 * Admits a request to its route while the route has a free slot, and holds the slot until the
 * service's answer is written (or the caller goes away). With every slot taken the request is
 * refused at once: 503, {@code Retry-After}, problem type {@code overloaded}; it never reached a
 * service, so nothing of it is half done. Counted as
 * {@code creditline_gateway_admission_refused_total{route}}, with the slots in use as
 * {@code creditline_gateway_admission_in_flight{route}} and the route's current limit (lower while
 * its answers are slower than the latency target, {@link InFlightLimit}) as
 * {@code creditline_gateway_admission_limit{route}}.
 */
@Component
@EnableConfigurationProperties(AdmissionSettings.class)
class RouteAdmission implements GlobalFilter, Ordered {

    private final Map<String, InFlightLimit> limits;
    private final Map<String, Counter> refusals;
    private final ProblemWriter problems;
    private final long retryAfterSeconds;

    RouteAdmission(AdmissionSettings settings, ProblemWriter problems, MeterRegistry meters) {
        this.limits = settings.maxInFlight().entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> settings.limitOf(e.getKey())));
        this.refusals = limits.keySet().stream()
                .collect(Collectors.toUnmodifiableMap(
                        route -> route,
                        route -> Counter.builder("creditline.gateway.admission.refused")
                                .description("Requests refused because their route had no free slot")
                                .tag("route", route)
                                .register(meters)));
        limits.forEach((route, limit) -> {
            Gauge.builder("creditline.gateway.admission.in.flight", limit::inFlight)
                    .description("Requests of the route admitted and not yet answered")
                    .tag("route", route)
                    .register(meters);
            Gauge.builder("creditline.gateway.admission.limit", limit::limit)
                    .description("Requests the route takes at once now (lower while its answers are slow)")
                    .tag("route", route)
                    .register(meters);
        });
        this.problems = problems;
        this.retryAfterSeconds = settings.retryAfter().toSeconds();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        InFlightLimit limit = route == null ? null : limits.get(route.getId());
        if (limit == null) {
            return chain.filter(exchange);
        }
        if (!limit.tryTake()) {
            refusals.get(route.getId()).increment();
            exchange.getResponse().getHeaders().set("Retry-After", String.valueOf(retryAfterSeconds));
            ProblemDetail problem = ProblemWriter.problem(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "overloaded",
                    "The platform is answering as many requests as it can carry; retry after " + retryAfterSeconds
                            + " s.");
            return problems.write(exchange, problem);
        }
        long admitted = System.nanoTime();
        AtomicBoolean released = new AtomicBoolean();
        return chain.filter(exchange).doFinally(signal -> {
            if (!released.compareAndSet(false, true)) {
                return;
            }
            if (signal == SignalType.CANCEL) {
                limit.abandoned();
            } else {
                limit.answered(admitted, System.nanoTime());
            }
        });
    }

    /** Right after the correlation id, before anything spends work on a request it may refuse. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
