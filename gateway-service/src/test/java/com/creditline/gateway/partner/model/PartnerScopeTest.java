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
    void shouldWriteEachScopeAsTheTextItAlwaysHad() {
        assertThat(PartnerScope.texts(List.of(PartnerScope.values())))
                .containsExactlyInAnyOrder("checkout:write", "orders:read", "funding:read");
        assertThat(PartnerScope.of("funding:read")).contains(PartnerScope.FUNDING_READ);
        assertThat(PartnerScope.of("orders:read")).contains(PartnerScope.ORDERS_READ);
        assertThat(PartnerScope.of("orders:write")).isEmpty();
    }
}
