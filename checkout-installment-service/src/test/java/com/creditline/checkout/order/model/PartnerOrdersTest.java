package com.creditline.checkout.order.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.checkout.pricing.Grade;
import com.creditline.checkout.pricing.Pricing;
import com.creditline.checkout.pricing.PricingMethod;
import com.creditline.checkout.pricing.PricingPolicy;
import com.creditline.common.id.CaptureId;
import com.creditline.common.id.PartnerId;
import com.creditline.common.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The model's side of partner orders: who placed an order, and when a partner's plan is paid off. */
class PartnerOrdersTest {

    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void shouldKnowWhichPartnerPlacedTheOrderAndTellTheShopsOrdersApart() {
        FinancedOrder byPartner = order("P-1");
        FinancedOrder byTheShop = order(null);

        assertThat(byPartner.placedBy(PartnerId.of("P-1"))).isTrue();
        assertThat(byPartner.placedBy(PartnerId.of("P-2"))).isFalse();
        assertThat(byPartner.placedBy(null)).isFalse();
        assertThat(byTheShop.placedBy(null)).isTrue();
        assertThat(byTheShop.placedBy(PartnerId.of("P-1"))).isFalse();
        assertThat(byTheShop.isPartnerOrder()).isFalse();
    }

    @Test
    void shouldBePaidOffOnceWhenReductionsTakeTheWholePrincipal() {
        FinancedOrder order = order("P-1");
        FinancedPlan plan = new FinancedPlan(
                CaptureId.of("c1"),
                order,
                new Pricing(PricingPolicy.defaults())
                        .price(
                                Money.of("600.00"),
                                Grade.B,
                                PricingMethod.FLAT_MONTHLY_FEE,
                                3,
                                false,
                                LocalDate.of(2026, 11, 22)),
                null,
                LocalDate.of(2026, 11, 22),
                NOW);

        assertThat(plan.reducePrincipal(Money.of("200.00"))).isFalse();
        assertThat(plan.reducePrincipal(Money.of("400.00"))).isTrue();
        assertThat(plan.reducePrincipal(Money.of("0.01")))
                .as("a plan is paid off once")
                .isFalse();
    }

    @Test
    void shouldLapseOnlyAnOrderThatStillHolds() {
        FinancedOrder order = order("P-1");

        assertThat(order.lapse(Money.of("600.00"))).isTrue();
        assertThat(order.status()).isEqualTo(FinancedOrder.Status.LAPSED);
        assertThat(order.lapse(Money.of("600.00"))).isFalse();
    }

    private static FinancedOrder order(String partnerId) {
        return OrderFixtures.authorised("o-1", partnerId, Money.of("600.00"), List.of(), NOW);
    }
}
