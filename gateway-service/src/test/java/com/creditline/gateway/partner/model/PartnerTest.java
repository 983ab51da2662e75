package com.creditline.gateway.partner.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartnerTest {

    private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");

    @Test
    void shouldRegisterAPlatformUnderAnIdOfItsOwnAndAMerchantUnderItsMerchantId() {
        Partner platform = Partner.register("Travel Co", "staff:alice", NOW);
        assertThat(platform.kind()).isEqualTo(PartnerKind.PLATFORM);
        assertThat(platform.partnerId().value()).matches("P-[0-9A-F]{10}");

        Partner merchant = Partner.registerMerchant("mi-store", "Mi Store", "staff:alice", NOW);
        assertThat(merchant.kind()).isEqualTo(PartnerKind.MERCHANT);
        assertThat(merchant.partnerId().value()).isEqualTo("mi-store");
    }

    @Test
    void shouldRefuseAMerchantIdThatIsNotACheckoutMerchantSlug() {
        for (String notASlug : List.of("Mi-Store", "mi", "-mi-store", "mi-store-", "mi_store", "a".repeat(41), "")) {
            assertThatThrownBy(() -> Partner.registerMerchant(notASlug, "x", "staff:alice", NOW))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(Partner.registerMerchant("a".repeat(40), "x", "staff:alice", NOW)
                        .partnerId()
                        .value())
                .hasSize(40);
    }

    @Test
    void shouldGiveAMerchantsKeyMerchantScopesOnlyAndAPlatformsKeyNone() {
        Partner merchant = Partner.registerMerchant("mi-store", "Mi Store", "staff:alice", NOW);
        Partner platform = Partner.register("Travel Co", "staff:alice", NOW);

        assertThat(merchant.scopesForKey(List.of("merchant:sales", "merchant:loans")))
                .containsExactlyInAnyOrder(PartnerScope.MERCHANT_SALES, PartnerScope.MERCHANT_LOANS);
        assertThat(platform.scopesForKey(List.of("checkout:write", "funding:read")))
                .containsExactlyInAnyOrder(PartnerScope.CHECKOUT_WRITE, PartnerScope.FUNDING_READ);

        assertThatThrownBy(() -> merchant.scopesForKey(List.of("merchant:sales", "orders:read")))
                .isInstanceOf(ScopeNotForPartnerKind.class)
                .hasMessage("A MERCHANT partner's key may carry only the scopes [merchant:loans, merchant:sales].");
        assertThatThrownBy(() -> platform.scopesForKey(List.of("merchant:loans")))
                .isInstanceOf(ScopeNotForPartnerKind.class)
                .hasMessage("A PLATFORM partner's key may carry only the scopes"
                        + " [checkout:write, funding:read, orders:read].");
        // Not a partner scope at all is the older refusal, whatever the kind.
        assertThatThrownBy(() -> merchant.scopesForKey(List.of("repayments:write")))
                .isInstanceOf(ScopeNotAllowed.class);
        assertThat(new ScopeNotForPartnerKind(PartnerKind.MERCHANT).code()).isEqualTo("scope-not-for-partner-kind");
    }
}
