package com.creditline.gateway.access;

import com.creditline.common.security.Caller;
import com.creditline.gateway.ratelimit.RateLimitedCaller;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An authenticated caller at the gateway, with its authorities: its kind ({@code KIND_PARTNER},
 * ...), its scopes ({@code SCOPE_...}) and roles ({@code ROLE_...}); and the bucket and limit its
 * requests are counted against.
 */
public final class CallerAuthentication extends AbstractAuthenticationToken implements RateLimitedCaller {

    private final Caller caller;
    private final String rateLimitBucket;
    private final Integer requestsPerMinute;

    CallerAuthentication(Caller caller, String rateLimitBucket, Integer requestsPerMinute) {
        super(authorities(caller));
        this.caller = caller;
        this.rateLimitBucket = rateLimitBucket;
        this.requestsPerMinute = requestsPerMinute;
        setAuthenticated(true);
    }

    private static List<GrantedAuthority> authorities(Caller caller) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("KIND_" + caller.kind().name()));
        caller.scopes().forEach(scope -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + scope)));
        caller.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        return authorities;
    }

    @Override
    public Caller caller() {
        return caller;
    }

    @Override
    public String rateLimitBucket() {
        return rateLimitBucket;
    }

    @Override
    public Integer requestsPerMinute() {
        return requestsPerMinute;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Caller getPrincipal() {
        return caller;
    }

    @Override
    public String getName() {
        return caller.subject();
    }
}
