package com.creditline.checkout.webhook.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    // Expected values computed independently: python3 hmac.new(key, msg, hashlib.sha256).hexdigest()
    static final String BODY = "{\"id\":\"x\"}";
    static final String SIGNED_WITH_TEST_SECRET = "ed4177d50172b5359e3ab529be16f976d5b1f2888104b3919aaea6db6979870c";
    static final String SIGNED_WITH_OLD_SECRET = "141c9785bc95db7bb76685f0c296af4d0b3e61e721289254bb36b31d6cc467db";

    @Test
    void shouldSignTimestampDotBodyWithTheWholeSecretAsKeyInLowercaseHex() {
        assertThat(WebhookSignature.sign("whsec_test-secret", 1_700_000_000L, BODY))
                .isEqualTo(SIGNED_WITH_TEST_SECRET);
    }

    @Test
    void shouldPutTheCurrentSecretsSignatureFirstAndThePreviousOneAfterIt() {
        assertThat(WebhookSignature.header(1_700_000_000L, BODY, List.of("whsec_test-secret", "whsec_old")))
                .isEqualTo("t=1700000000,v1=" + SIGNED_WITH_TEST_SECRET + ",v1=" + SIGNED_WITH_OLD_SECRET);
        assertThatThrownBy(() -> WebhookSignature.header(1L, BODY, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldIssueSecretsOf32RandomBytesInBase64UrlPrefixedWhsec() {
        SecureRandom random = new SecureRandom();
        Set<String> issued = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String secret = WebhookSignature.newSecret(random);
            assertThat(secret).startsWith("whsec_").matches("whsec_[A-Za-z0-9_-]{43}");
            assertThat(Base64.getUrlDecoder().decode(secret.substring(6))).hasSize(32);
            issued.add(secret);
        }
        assertThat(issued).hasSize(100);
    }
}
