package com.creditline.repayment.sweep.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditline.common.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SalesSweepTest {

    private static final BigDecimal TEN_PERCENT = new BigDecimal("0.10");
    private static final Money PLENTY = Money.of("100000.00");

    @Test
    void shouldSweepTheShareOfNetSalesRoundedDownToTheFen() {
        assertThat(SalesSweep.amount(TEN_PERCENT, Money.of("1234.56"), Money.ZERO, PLENTY))
                .isEqualTo(Money.of("123.45"));
        assertThat(SalesSweep.amount(new BigDecimal("0.0750"), Money.of("99.99"), Money.ZERO, PLENTY))
                .as("7.49925 rounds down")
                .isEqualTo(Money.of("7.49"));
        assertThat(SalesSweep.amount(TEN_PERCENT, Money.of("0.09"), Money.ZERO, PLENTY))
                .isEqualTo(Money.ZERO);
    }

    @Test
    void shouldNeverSweepMoreThanThePlanCanTake() {
        assertThat(SalesSweep.amount(TEN_PERCENT, Money.of("5000.00"), Money.ZERO, Money.of("321.07")))
                .isEqualTo(Money.of("321.07"));
        assertThat(SalesSweep.amount(TEN_PERCENT, Money.of("5000.00"), Money.ZERO, Money.ZERO))
                .isEqualTo(Money.ZERO);
    }

    @Test
    void shouldSweepOnlyTheDifferenceOfACorrectionAndNeverReverse() {
        // revision 1 swept 100.00 of 1000.00
        assertThat(SalesSweep.amount(TEN_PERCENT, Money.of("1000.00"), Money.of("100.00"), PLENTY))
                .as("a replay of revision 1")
                .isEqualTo(Money.ZERO);
        assertThat(SalesSweep.amount(TEN_PERCENT, Money.of("1500.00"), Money.of("100.00"), PLENTY))
                .as("corrected up to 1500.00")
                .isEqualTo(Money.of("50.00"));
        assertThat(SalesSweep.amount(TEN_PERCENT, Money.of("600.00"), Money.of("150.00"), PLENTY))
                .as("corrected down: nothing swept back")
                .isEqualTo(Money.ZERO);
        assertThat(SalesSweep.amount(TEN_PERCENT, Money.of("1600.00"), Money.of("150.00"), PLENTY))
                .as("up again after a cut: only above the most already swept")
                .isEqualTo(Money.of("10.00"));
    }

    @Test
    void shouldNameEachSweepByMerchantDayRevisionAndPlan() {
        String reference = SalesSweep.reference("m-1", LocalDate.of(2026, 3, 4), 2, "p-9");
        assertThat(reference).isEqualTo("sweep:m-1:2026-03-04:r2:p-9");
        assertThat(reference).startsWith(SalesSweep.dayPrefix("m-1", LocalDate.of(2026, 3, 4)));
    }

    @Test
    void shouldRefuseAShareOutsideZeroToOne() {
        assertThatThrownBy(() -> SalesSweep.target(BigDecimal.ZERO, Money.of("1.00")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SalesSweep.target(new BigDecimal("1.01"), Money.of("1.00")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
