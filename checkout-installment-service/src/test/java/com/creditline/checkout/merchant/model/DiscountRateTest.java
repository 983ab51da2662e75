package com.creditline.checkout.merchant.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditline.common.money.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The merchant discount: principal x MDR, HALF_UP to the fen, as checkout rounds every fee. */
class DiscountRateTest {

    private static DiscountRate rate(String rate) {
        return new DiscountRate(new BigDecimal(rate));
    }

    @Test
    void shouldDiscountThePrincipalAtTheRate() {
        assertThat(rate("0.006").discountOn(Money.of("3000.00"))).isEqualTo(Money.of("18.00"));
        assertThat(rate("0").discountOn(Money.of("3000.00"))).isEqualTo(Money.ZERO);
        assertThat(rate("0.05").discountOn(Money.yuan(200_000))).isEqualTo(Money.yuan(10_000));
    }

    @Test
    void shouldRoundHalfUpToTheFen() {
        // 0.006 x 1,234.25 = 7.4055: half a fen up.
        assertThat(rate("0.006").discountOn(Money.of("1234.25"))).isEqualTo(Money.of("7.41"));
        // 0.006 x 1,234.08 = 7.40448: down.
        assertThat(rate("0.006").discountOn(Money.of("1234.08"))).isEqualTo(Money.of("7.40"));
        // 0.0055 x 100.90 = 0.55495: down to 0.55 (half-up looks at the exact product, not at 0.555).
        assertThat(rate("0.0055").discountOn(Money.of("100.90"))).isEqualTo(Money.of("0.55"));
        // 0.0055 x 0.91 = 0.005005: the smallest discount there is, one fen; 0.0055 x 0.90 = 0.00495: none.
        assertThat(rate("0.0055").discountOn(Money.of("0.91"))).isEqualTo(Money.of("0.01"));
        assertThat(rate("0.0055").discountOn(Money.of("0.90"))).isEqualTo(Money.ZERO);
    }

    @Test
    void shouldRefuseARateOutsideZeroToFivePercentOrTooPrecise() {
        assertThatThrownBy(() -> rate("-0.001")).isInstanceOf(DiscountRateOutOfBounds.class);
        assertThatThrownBy(() -> rate("0.050001")).isInstanceOf(DiscountRateOutOfBounds.class);
        assertThatThrownBy(() -> rate("0.0000001"))
                .isInstanceOf(DiscountRateOutOfBounds.class)
                .hasMessageContaining("0.0000001");
        assertThatThrownBy(() -> rate("1e999999999")).hasMessageContaining("1E+999999999");
        assertThat(rate("0.050000").value()).isEqualByComparingTo("0.05");
    }
}
