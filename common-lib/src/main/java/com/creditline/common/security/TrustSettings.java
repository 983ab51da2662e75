package com.creditline.common.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * The keys behind the platform's internal trust. The defaults are local development keys kept in
 * common-lib so that the platform starts with one command; every real deployment replaces them
 * (environment variables {@code CREDITLINE_SECURITY_CALLER_TOKEN_PUBLIC_KEY=file:...} etc.), and
 * services log a warning while they are in use.
 *
 * @param callerTokenPublicKey verifies the caller tokens the gateway signs (every service)
 * @param callerTokenPrivateKey signs them (the gateway only)
 * @param serviceTokenSecret signs and verifies tokens services send each other (HMAC-SHA256)
 */
@ConfigurationProperties("creditline.security")
public record TrustSettings(
        @DefaultValue(LOCAL_KEYS + "caller-token.pub.pem") Resource callerTokenPublicKey,
        @DefaultValue(LOCAL_KEYS + "caller-token.pem") Resource callerTokenPrivateKey,
        @DefaultValue(LOCAL_SERVICE_SECRET) String serviceTokenSecret) {

    static final String LOCAL_KEYS = "classpath:creditline/local-keys/";
    static final String LOCAL_SERVICE_SECRET = "local-only-service-token-secret-replace-me-in-any-deployment";

    public boolean usesLocalKeys() {
        return LOCAL_SERVICE_SECRET.equals(serviceTokenSecret)
                || String.valueOf(callerTokenPublicKey).contains("creditline/local-keys/");
    }
}
