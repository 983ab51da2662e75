package com.creditline.gateway.console;

import com.creditline.common.security.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Tells the console's sign-in page which way staff sign in (open: the page asks before sign-in). */
@RestController
@EnableConfigurationProperties(ConsoleSignInSettings.class)
@Tag(name = "Operations console")
class ConsoleSignInController {

    private final ConsoleSignInSettings settings;

    ConsoleSignInController(ConsoleSignInSettings settings) {
        this.settings = settings;
    }

    @GetMapping(ConsoleIndex.HOME + "sign-in")
    @Operation(
            summary = "How staff sign in to the console",
            description = "PASSWORD: the gateway's local issuer (POST /oauth2/token, grant_type=password). "
                    + "AUTHORIZATION_CODE: the identity provider's browser flow with PKCE, with its issuer "
                    + "(whose /.well-known/openid-configuration names the endpoints), the console's client "
                    + "id and the scopes to ask for. Needs no credential.")
    @PreAuthorize(Access.ANYONE)
    Mono<ConsoleSignIn> signIn() {
        return Mono.just(
                settings.identityProvider()
                        ? new ConsoleSignIn(
                                ConsoleSignIn.Method.AUTHORIZATION_CODE,
                                settings.issuer(),
                                settings.clientId(),
                                settings.scope(),
                                settings.name())
                        : new ConsoleSignIn(ConsoleSignIn.Method.PASSWORD, null, null, null, null));
    }

    record ConsoleSignIn(
            Method method,

            @Schema(
                    types = {"string", "null"},
                    description = "The identity provider's issuer")
            String issuer,

            @Schema(
                    types = {"string", "null"},
                    description = "The console's public client id at the provider")
            String clientId,

            @Schema(types = {"string", "null"}) String scope,

            @Schema(
                    types = {"string", "null"},
                    description = "The provider's name on the sign-in button")
            String name) {

        enum Method {
            PASSWORD,
            AUTHORIZATION_CODE
        }
    }
}
