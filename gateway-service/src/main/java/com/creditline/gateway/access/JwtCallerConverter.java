package com.creditline.gateway.access;

import com.creditline.common.security.Caller;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Reads the caller from a verified JWT: a token with {@code roles} is a staff member (only the
 * platform's four roles count); one without is a first-party client with the scopes of its
 * {@code scope} claim.
 */
@Component
class JwtCallerConverter implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

    @Override
    public Mono<AbstractAuthenticationToken> convert(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList("roles");
        if (roles != null && !roles.isEmpty()) {
            Caller staff = Caller.staff(jwt.getSubject(), StaffRole.among(roles));
            return Mono.just(new CallerAuthentication(staff, staff.subject(), null));
        }
        String clientId = jwt.hasClaim("client_id") ? jwt.getClaimAsString("client_id") : jwt.getSubject();
        Caller client = Caller.client(clientId, scopes(jwt));
        return Mono.just(new CallerAuthentication(client, client.subject(), null));
    }

    private static Set<String> scopes(Jwt jwt) {
        Object scope = jwt.getClaim("scope");
        if (scope instanceof String text) {
            return Arrays.stream(text.split(" ")).filter(s -> !s.isBlank()).collect(Collectors.toSet());
        }
        List<String> list = jwt.getClaimAsStringList("scope");
        return list == null ? Set.of() : Set.copyOf(list);
    }
}
