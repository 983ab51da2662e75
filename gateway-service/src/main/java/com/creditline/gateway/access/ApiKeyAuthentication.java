package com.creditline.gateway.access;

import com.creditline.common.security.Caller;
import com.creditline.common.time.BusinessClock;
import com.creditline.gateway.Blocking;
import com.creditline.gateway.partner.ApiKeyVerification;
import com.creditline.gateway.partner.model.ApiKey;
import com.creditline.gateway.partner.model.PartnerScope;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Partners authenticate with the {@code X-Api-Key} header. A key that is unknown, revoked or past
 * its rotation overlap is a 401, the same answer in each case.
 */
@Component
class ApiKeyAuthentication implements ReactiveAuthenticationManager {

    static final String HEADER = "X-Api-Key";

    private final ApiKeyVerification keys;
    private final BusinessClock clock;

    ApiKeyAuthentication(ApiKeyVerification keys, BusinessClock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** The presented key, not yet verified; nothing when the header is absent. */
    Mono<Authentication> presented(ServerWebExchange exchange) {
        String key = exchange.getRequest().getHeaders().getFirst(HEADER);
        return key == null
                ? Mono.empty()
                : Mono.just(UsernamePasswordAuthenticationToken.unauthenticated("api-key", key));
    }

    @Override
    public Mono<Authentication> authenticate(Authentication presented) {
        String apiKey = String.valueOf(presented.getCredentials());
        return Blocking.call(() -> keys.verify(apiKey, clock.now()))
                .flatMap(found -> found.<Mono<Authentication>>map(key -> Mono.just(partner(key)))
                        .orElseGet(() -> Mono.error(new BadCredentialsException("invalid API key"))));
    }

    /** The partner a key stands for, counted against the key's own bucket and limit. */
    private static CallerAuthentication partner(ApiKey key) {
        return new CallerAuthentication(
                Caller.partner(key.partnerId().value(), key.keyId(), PartnerScope.texts(key.scopes())),
                "key:" + key.keyId(),
                key.requestsPerMinute());
    }
}
