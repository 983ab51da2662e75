package com.creditline.common.money;

import static com.creditline.common.test.Generators.tuple;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.*;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class MoneyTest {

    @Test
    void shouldRefuseMoreThanTwoDecimalsInsteadOfRounding() {
        assertThatThrownBy(() -> Money.of("10.005")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.of("10.50")).isEqualTo(Money.of("10.5")).isEqualTo(Money.ofFen(1050));
    }

    @Test
    void shouldRefuseAnAmountFromOutsideThatNoColumnCouldHold() {
        for (String tooLarge : List.of("1e400", "-1e400", "12345678901234567890123", "1e999999999", "1000000000000")) {
            assertThatThrownBy(() -> Money.of(tooLarge))
                    .as(tooLarge)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("at most 999999999999.99");
        }
        assertThatThrownBy(() -> Money.of("1e-400")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.of("999999999999.99").amount()).isEqualByComparingTo(Money.MAXIMUM);
        assertThat(Money.of("-999999999999.99").amount()).isEqualByComparingTo(Money.MAXIMUM.negate());
        assertThat(Money.of("1.2E+3")).isEqualTo(Money.of("1200.00"));
    }

    @Test
    void shouldRefuseATooLargeAmountInJsonAsAnInvalidValue() {
        JsonMapper json = JsonMapper.builder().build();
        assertThatThrownBy(() -> json.readValue("{\"amount\":\"1e400\"}", Money.class))
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> json.readValue("{\"amount\":12345678901234567890123}", Money.class))
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRoundHalfUpToTheFenOnlyWhenMultiplying() {
        assertThat(Money.of("100.00").times(new BigDecimal("0.00125"))).isEqualTo(Money.of("0.13"));
        assertThat(Money.of("100.00").times(new BigDecimal("0.00124"))).isEqualTo(Money.of("0.12"));
    }

    @Test
    void shouldGiveTheRemainderOfAnEqualSplitToTheLastPart() {
        assertThat(Money.of("100.00").allocate(3))
                .containsExactly(Money.of("33.33"), Money.of("33.33"), Money.of("33.34"));
        assertThat(Money.of("200.00").allocate(3))
                .containsExactly(Money.of("66.67"), Money.of("66.67"), Money.of("66.66"));
    }

    @Test
    void shouldSplitInProportionToWeights() {
        List<Money> shares = Money.of("1000.00").allocate(List.of(new BigDecimal("30"), new BigDecimal("70")));
        assertThat(shares).containsExactly(Money.of("300.00"), Money.of("700.00"));
    }

    @Test
    void shouldTravelAsADecimalStringWithItsCurrency() {
        JsonMapper json = JsonMapper.builder().build();
        String text = json.writeValueAsString(Money.of("1234.5"));
        assertThat(text).isEqualTo("{\"amount\":\"1234.50\",\"currency\":\"CNY\"}");
        assertThat(json.readValue(text, Money.class)).isEqualTo(Money.of("1234.50"));
        assertThatThrownBy(() -> json.readValue("{\"amount\":\"1.00\",\"currency\":\"USD\"}", Money.class))
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equalPartsAlwaysSumToTheWhole() {
        qt().forAll(tuple(longs().between(0, 20_000_000_00L), integers().between(1, 36)))
                .checkAssert(v -> equalPartsAlwaysSumToTheWholeHolds((long) v[0], (int) v[1]));
    }

    private void equalPartsAlwaysSumToTheWholeHolds(long fen, int parts) {
        Money whole = Money.ofFen(fen);
        List<Money> split = whole.allocate(parts);
        assertThat(split).hasSize(parts);
        assertThat(Money.sum(split)).isEqualTo(whole);
        // every part but the last is less than one fen from the exact share
        BigDecimal exact = whole.amount().divide(BigDecimal.valueOf(parts), 10, java.math.RoundingMode.HALF_UP);
        split.subList(0, parts - 1)
                .forEach(p -> assertThat(p.amount().subtract(exact).abs()).isLessThan(new BigDecimal("0.01")));
    }

    @Test
    void noPartOfAnAmountIsNegative() {
        qt().forAll(tuple(longs().between(0, 1_000L), integers().between(1, 36)))
                .checkAssert(v -> noPartOfAnAmountIsNegativeHolds((long) v[0], (int) v[1]));
    }

    private void noPartOfAnAmountIsNegativeHolds(long fen, int parts) {
        List<Money> split = Money.ofFen(fen).allocate(parts);
        assertThat(split).allSatisfy(p -> assertThat(p.isNegative()).isFalse());
        assertThat(Money.sum(split)).isEqualTo(Money.ofFen(fen));
    }

    @Test
    void shouldRoundSharesDownWhenRoundingUpWouldOvershootATinyAmount() {
        List<Money> split = Money.of("0.18").allocate(24);
        assertThat(split.subList(0, 23)).allSatisfy(p -> assertThat(p).isEqualTo(Money.ZERO));
        assertThat(split.getLast()).isEqualTo(Money.of("0.18"));
    }

    @Test
    void weightedSharesAlwaysSumToTheWhole() {
        qt().forAll(tuple(
                        longs().between(0, 20_000_000_00L),
                        integers().between(1, 1000),
                        integers().between(0, 1000),
                        integers().between(0, 1000)))
                .checkAssert(
                        v -> weightedSharesAlwaysSumToTheWholeHolds((long) v[0], (int) v[1], (int) v[2], (int) v[3]));
    }

    private void weightedSharesAlwaysSumToTheWholeHolds(long fen, int a, int b, int c) {
        Money whole = Money.ofFen(fen);
        List<Money> shares =
                whole.allocate(List.of(BigDecimal.valueOf(a), BigDecimal.valueOf(b), BigDecimal.valueOf(c)));
        assertThat(Money.sum(shares)).isEqualTo(whole);
    }

    @Test
    void plusAndMinusAreExactInverses() {
        qt().forAll(tuple(longs().all(), longs().between(-1_000_000_00L, 1_000_000_00L)))
                .checkAssert(v -> plusAndMinusAreExactInversesHolds((long) v[0], (long) v[1]));
    }

    private void plusAndMinusAreExactInversesHolds(long a, long b) {
        Money x = Money.ofFen(a / 1000);
        Money y = Money.ofFen(b);
        assertThat(x.plus(y).minus(y)).isEqualTo(x);
    }
}
