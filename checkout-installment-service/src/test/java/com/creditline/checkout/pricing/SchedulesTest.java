package com.creditline.checkout.pricing;

import static com.creditline.common.test.Generators.tuple;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.*;

import com.creditline.common.money.Money;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchedulesTest {

    @Test
    void shouldSplitLikeMoneyAllocateWhenTheLastPartStaysPositive() {
        assertThat(Schedules.equalParts(Money.of("999.99"), 6))
                .isEqualTo(Money.of("999.99").allocate(6));
        assertThat(Schedules.equalParts(Money.of("100.00"), 3))
                .containsExactly(Money.of("33.33"), Money.of("33.33"), Money.of("33.34"));
    }

    @Test
    void shouldRoundDownRatherThanLeaveANegativeLastPart() {
        // HALF_UP would give 0.01 x 23 = 0.23 and a last part of -0.05.
        List<Money> parts = Schedules.equalParts(Money.of("0.18"), 24);

        assertThat(parts.subList(0, 23)).containsOnly(Money.ZERO);
        assertThat(parts.getLast()).isEqualTo(Money.of("0.18"));
    }

    @Test
    void shouldNeverRepayMorePrincipalThanIsOwedOnATinyLevelPayment() {
        // 0.11 at 1.5% a month over 24 months: PMT = 0.0055 -> 0.01, interest 0.00 each month;
        // eleven payments repay it all and the rest carry no principal.
        List<Schedules.Part> parts = Schedules.equalInstallment(Money.of("0.11"), 24, new BigDecimal("0.015"));

        assertThat(parts.subList(0, 11)).extracting(Schedules.Part::principal).containsOnly(Money.of("0.01"));
        assertThat(parts.subList(11, 24))
                .extracting(Schedules.Part::principal)
                .containsExactlyElementsOf(Collections.nCopies(13, Money.ZERO));
    }

    @Test
    void shouldComputeTheSpreadsheetsLevelPayment() {
        // =PMT(1%,12,-10000) = 888.49; =PMT(0.75%,24,-5000) = 228.42; =PMT(1.5%,3,-100) = 34.34
        assertThat(Schedules.payment(Money.of("10000.00"), 12, new BigDecimal("0.01")))
                .isEqualTo(Money.of("888.49"));
        assertThat(Schedules.payment(Money.of("5000.00"), 24, new BigDecimal("0.0075")))
                .isEqualTo(Money.of("228.42"));
        assertThat(Schedules.payment(Money.of("100.00"), 3, new BigDecimal("0.015")))
                .isEqualTo(Money.of("34.34"));
        assertThat(Schedules.payment(Money.of("100.00"), 3, BigDecimal.ZERO)).isEqualTo(Money.of("33.33"));
    }

    @Test
    void shouldTurnAnAnnualRateIntoAMonthlyOne() {
        assertThat(Schedules.monthlyRate(new BigDecimal("0.09"))).isEqualByComparingTo("0.0075");
        assertThat(Schedules.monthlyRate(new BigDecimal("0.18"))).isEqualByComparingTo("0.015");
        assertThat(Schedules.monthlyRate(new BigDecimal("0.10")).toPlainString())
                .startsWith("0.0083333333333");
    }

    @Test
    void equalPartsSumExactlyAndAreNeverNegative() {
        qt().forAll(tuple(longs().between(0, 20_000_000), integers().between(1, 60)))
                .checkAssert(v -> equalPartsSumExactlyAndAreNeverNegativeHolds((long) v[0], (int) v[1]));
    }

    private void equalPartsSumExactlyAndAreNeverNegativeHolds(long fen, int count) {
        Money amount = Money.ofFen(fen);

        List<Money> parts = Schedules.equalParts(amount, count);

        assertThat(parts).hasSize(count);
        assertThat(Money.sum(parts)).isEqualTo(amount);
        assertThat(parts).noneMatch(Money::isNegative);
    }
}
