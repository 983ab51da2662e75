package com.creditline.gateway.console;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How staff sign in to the console (application.yml, {@code creditline.console.identity-provider}):
 * with no issuer, the gateway's local issuer takes a user name and password; with the identity
 * provider's issuer and the console's client id (a public client registered at the provider with
 * {@code <gateway>/console/} as its redirect address), the console sends staff there with the
 * authorisation-code flow and PKCE, the browser flow for a page without a secret of its own.
 */
@ConfigurationProperties("creditline.console.identity-provider")
record ConsoleSignInSettings(
        String issuer,
        String clientId,
        @DefaultValue("openid profile") String scope,
        @DefaultValue("SSO") String name) {

    boolean identityProvider() {
        return issuer != null && !issuer.isBlank() && clientId != null && !clientId.isBlank();
    }
}
