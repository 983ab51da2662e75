package com.creditline.gateway.partner.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartnerScopeTest {

    @Test
    void shouldAllowAPartnerKeyOnlyPartnerScopesAndAtLeastOne() {
        assertThat(PartnerScope.allowed(List.of("orders:read", "checkout:write", "orders:read")))
                .containsExactlyInAnyOrder(PartnerScope.ORDERS_READ, PartnerScope.CHECKOUT_WRITE);
        for (List<String> refused :
                List.of(List.of("repayments:write"), List.of("orders:read", "ORDERS_READ"), List.<String>of())) {
            assertThatThrownBy(() -> PartnerScope.allowed(refused))
                    .isInstanceOf(ScopeNotAllowed.class)
                    .hasMessageStartingWith("A partner key may carry only the scopes [");
        }
    }

    @Test
    void shouldTellTheScopesOfEachKindOfPartnerApart() {
        assertThat(PartnerScope.of(PartnerKind.PLATFORM))
                .containsExactlyInAnyOrder(
                        PartnerScope.CHECKOUT_WRITE, PartnerScope.ORDERS_READ, PartnerScope.FUNDING_READ);
        assertThat(PartnerScope.of(PartnerKind.MERCHANT))
                .containsExactlyInAnyOrder(PartnerScope.MERCHANT_SALES, PartnerScope.MERCHANT_LOANS);
    }

    @Test
    void shouldWriteEachScopeAsTheTextItAlwaysHad() {
        assertThat(PartnerScope.texts(List.of(PartnerScope.values())))
                .containsExactlyInAnyOrder(
                        "checkout:write", "orders:read", "funding:read", "merchant:sales", "merchant:loans");
        assertThat(PartnerScope.of("merchant:sales")).contains(PartnerScope.MERCHANT_SALES);
        assertThat(PartnerScope.of("merchant:loans")).contains(PartnerScope.MERCHANT_LOANS);
        assertThat(PartnerScope.of("funding:read")).contains(PartnerScope.FUNDING_READ);
        assertThat(PartnerScope.of("orders:read")).contains(PartnerScope.ORDERS_READ);
        assertThat(PartnerScope.of("orders:write")).isEmpty();
    }
}
