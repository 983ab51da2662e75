package com.creditline.gateway.partner.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditline.common.id.PartnerId;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeyTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final PartnerId PARTNER = PartnerId.of("P-0123456789");

    @Test
    void shouldIssueAKeyWhoseSecretOnlyItsHashMatches() {
        IssuedKey issued = ApiKey.issue(PARTNER, Set.of(PartnerScope.ORDERS_READ), 60, NOW);

        assertThat(issued.key().partnerId()).isEqualTo(PARTNER);
        assertThat(issued.key().isValidAt(NOW)).isTrue();
        assertThat(ApiKeySecret.keyIdOf(issued.apiKey())).contains(issued.key().keyId());
        assertThat(ApiKeySecret.matches(issued.apiKey(), issued.secretHash())).isTrue();
        assertThat(ApiKeySecret.matches(issued.apiKey() + "x", issued.secretHash()))
                .isFalse();
    }

    @Test
    void shouldLapseARotatedKeyAfterTheOverlapButNeverLaterThanItWouldHave() {
        ApiKey key = key(null, null);
        assertThat(key.lapseOnRotation(Duration.ofHours(1), NOW)).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(key.lapseOnRotation(Duration.ZERO, NOW)).isEqualTo(NOW);

        ApiKey rotatedBefore = key(NOW.plus(Duration.ofMinutes(5)), null);
        assertThat(rotatedBefore.lapseOnRotation(Duration.ofHours(1), NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
    }

    @Test
    void shouldRefuseToRotateAKeyNoLongerValidOrWithAnOverlapOutside0To30Days() {
        assertThatThrownBy(() -> key(null, NOW.minusSeconds(1)).lapseOnRotation(Duration.ofHours(1), NOW))
                .isInstanceOf(ApiKeyNoLongerValid.class);
        assertThatThrownBy(() -> key(NOW, null).lapseOnRotation(Duration.ofHours(1), NOW))
                .isInstanceOf(ApiKeyNoLongerValid.class);
        for (Duration overlap : new Duration[] {Duration.ofDays(30).plusSeconds(1), Duration.ofSeconds(-1)}) {
            assertThatThrownBy(() -> key(null, null).lapseOnRotation(overlap, NOW))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The overlap lies between 0 and 30 days.");
        }
    }

    private static ApiKey key(Instant expiresAt, Instant revokedAt) {
        return new ApiKey(
                "0123456789abcdef",
                PARTNER,
                Set.of(PartnerScope.CHECKOUT_WRITE),
                60,
                NOW.minus(Duration.ofDays(1)),
                expiresAt,
                null,
                revokedAt);
    }
}
