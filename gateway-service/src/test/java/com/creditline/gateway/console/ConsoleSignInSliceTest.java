package com.creditline.gateway.console;

import com.creditline.gateway.GatewayWebSlice;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The console asks, before anyone signs in, which way staff sign in here. */
class ConsoleSignInSliceTest {

    /** What the console's sign-in page reads, asked without any credential. */
    static WebTestClient.BodyContentSpec signInAnswer(WebTestClient web) {
        return web.get()
                .uri("/console/sign-in")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody();
    }

    @Nested
    @GatewayWebSlice(ConsoleSignInController.class)
    class WithTheLocalIssuer {

        @Autowired
        WebTestClient web;

        @Test
        void shouldOfferThePasswordFormWithoutACredential() {
            signInAnswer(web)
                    .jsonPath("$.method")
                    .isEqualTo("PASSWORD")
                    .jsonPath("$.issuer")
                    .doesNotExist();
        }
    }

    @Nested
    @GatewayWebSlice(ConsoleSignInController.class)
    @TestPropertySource(
            properties = {
                "creditline.console.identity-provider.issuer=https://sso.bank.example/realms/staff",
                "creditline.console.identity-provider.client-id=creditline-console",
                "creditline.console.identity-provider.name=Bank SSO"
            })
    class WithAnIdentityProvider {

        @Autowired
        WebTestClient web;

        @Test
        void shouldSendStaffToTheProviderWithTheConsolesClientId() {
            signInAnswer(web)
                    .jsonPath("$.method")
                    .isEqualTo("AUTHORIZATION_CODE")
                    .jsonPath("$.issuer")
                    .isEqualTo("https://sso.bank.example/realms/staff")
                    .jsonPath("$.clientId")
                    .isEqualTo("creditline-console")
                    .jsonPath("$.scope")
                    .isEqualTo("openid profile")
                    .jsonPath("$.name")
                    .isEqualTo("Bank SSO");
        }
    }
}
