package com.creditline.gateway.access;

import com.creditline.gateway.ratelimit.TokenBuckets;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The gateway's security chain for a web slice ({@code GatewayWebSlice}): the production
 * configuration and its parts, which are package-private here, with rate-limit buckets that
 * always have room (limits are tested on the shared database in {@code GatewayAccessTest}).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({GatewaySecurity.class, ApiKeyAuthentication.class, JwtCallerConverter.class, RefusalHandler.class})
public class GatewaySecurityForSlices {

    @Bean
    TokenBuckets roomyTokenBuckets() {
        return new TokenBuckets(null) {
            @Override
            public Decision fromLease(String bucket) {
                return new Decision(true, 99, 0);
            }
        };
    }
}
