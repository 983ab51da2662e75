package com.creditline.gateway.ratelimit;

import com.creditline.gateway.Blocking;
import com.creditline.gateway.ProblemWriter;
import java.net.InetSocketAddress;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Counts every API and token request against its caller's bucket: a partner key's own limit, or
 * the default for the shop, staff, or (per address) the unauthenticated. Over the limit: 429 with
 * {@code Retry-After}; under it, {@code X-RateLimit-Remaining}. Part of the security filter chain
 * only (not a bean of its own, which WebFlux would run a second time).
 */
public class RateLimiting implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger(RateLimiting.class);

    private final TokenBuckets buckets;
    private final ProblemWriter problems;
    private final int clientLimit;
    private final int staffLimit;
    private final int anonymousLimit;

    public RateLimiting(
            TokenBuckets buckets, ProblemWriter problems, int clientLimit, int staffLimit, int anonymousLimit) {
        this.buckets = buckets;
        this.problems = problems;
        this.clientLimit = clientLimit;
        this.staffLimit = staffLimit;
        this.anonymousLimit = anonymousLimit;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        if (!path.startsWith("/api/") && !path.equals("/oauth2/token")) {
            return chain.filter(exchange);
        }
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(RateLimitedCaller.class::isInstance)
                .cast(RateLimitedCaller.class)
                .map(this::bucketOf)
                .defaultIfEmpty(new Bucket("address:" + address(exchange), anonymousLimit))
                .flatMap(this::decide)
                .flatMap(decision -> {
                    if (decision.allowed() && decision.remaining() < 0) {
                        return chain.filter(exchange);
                    }
                    if (decision.allowed()) {
                        exchange.getResponse()
                                .getHeaders()
                                .set("X-RateLimit-Remaining", String.valueOf(decision.remaining()));
                        return chain.filter(exchange);
                    }
                    exchange.getResponse()
                            .getHeaders()
                            .set("Retry-After", String.valueOf(decision.retryAfterSeconds()));
                    ProblemDetail problem = ProblemWriter.problem(
                            HttpStatus.TOO_MANY_REQUESTS,
                            "rate-limited",
                            "Too many requests; retry after " + decision.retryAfterSeconds() + " s.");
                    return problems.write(exchange, problem);
                });
    }

    private record Bucket(String key, int perMinute) {}

    /** From this replica's lease on the bucket if it holds one; otherwise from the shared store. */
    private Mono<TokenBuckets.Decision> decide(Bucket bucket) {
        TokenBuckets.Decision leased = buckets.fromLease(bucket.key());
        if (leased != null) {
            return Mono.just(leased);
        }
        return Blocking.call(() -> buckets.take(bucket.key(), bucket.perMinute()))
                .onErrorResume(DataAccessException.class, e -> {
                    // The limit protects the platform; it must not take it down: without its
                    // store, requests pass (and whatever needs the database answers 503).
                    log.warn(
                            "rate limit store unavailable, letting the request pass: {}",
                            e.getClass().getSimpleName());
                    return Mono.just(new TokenBuckets.Decision(true, -1, 0));
                });
    }

    private Bucket bucketOf(RateLimitedCaller caller) {
        int perMinute = Optional.ofNullable(caller.requestsPerMinute())
                .orElseGet(() -> switch (caller.caller().kind()) {
                    case STAFF -> staffLimit;
                    default -> clientLimit;
                });
        return new Bucket(caller.rateLimitBucket(), perMinute);
    }

    private static String address(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null
                ? "unknown"
                : remote.getAddress().getHostAddress();
    }
}
