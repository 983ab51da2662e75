package com.creditline.risk.merchant.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditline.common.money.Money;
import com.creditline.risk.merchant.model.MerchantLineRules.MerchantLine;
import com.creditline.risk.scoring.Grade;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Line sizing: the grade's share of the 90 days' net sales, rounded down to 100 yuan, 10,000-1,000,000. */
class MerchantLineRulesTest {

    static final MerchantLineRules RULES = new MerchantLineRules(
            Map.of(
                    Grade.A, new BigDecimal("0.30"),
                    Grade.B, new BigDecimal("0.25"),
                    Grade.C, new BigDecimal("0.20"),
                    Grade.D, new BigDecimal("0.10")),
            Money.yuan(10_000),
            Money.yuan(1_000_000));

    @Test
    void shouldGiveEachGradeItsShareOfNetSales() {
        Money sales = Money.yuan(200_000);
        assertThat(RULES.size(Grade.A, sales).limit()).isEqualTo(Money.yuan(60_000));
        assertThat(RULES.size(Grade.B, sales).limit()).isEqualTo(Money.yuan(50_000));
        assertThat(RULES.size(Grade.C, sales).limit()).isEqualTo(Money.yuan(40_000));
        assertThat(RULES.size(Grade.D, sales).limit()).isEqualTo(Money.yuan(20_000));
        assertThat(RULES.size(Grade.A, sales).approved()).isTrue();
        assertThat(RULES.size(Grade.A, sales).reasons()).isEmpty();
    }

    @Test
    void shouldRoundDownToAHundredYuan() {
        assertThat(RULES.size(Grade.B, Money.yuan(85_800)).limit()).isEqualTo(Money.yuan(21_400));
        assertThat(RULES.size(Grade.A, Money.of("133333.99")).limit()).isEqualTo(Money.yuan(40_000));
    }

    @Test
    void shouldCapAtTheMaximum() {
        assertThat(RULES.size(Grade.A, Money.yuan(5_000_000)).limit()).isEqualTo(Money.yuan(1_000_000));
    }

    @Test
    void shouldDeclineUnderTheMinimumAndGradeE() {
        assertThat(RULES.size(Grade.D, Money.yuan(100_000)))
                .as("exactly the minimum")
                .isEqualTo(new MerchantLine(true, Money.yuan(10_000), java.util.List.of()));
        MerchantLine small = RULES.size(Grade.D, Money.of("99999.99"));
        assertThat(small.approved()).isFalse();
        assertThat(small.limit()).isEqualTo(Money.ZERO);
        assertThat(small.reasons()).containsExactly(MerchantLineRules.SALES_TOO_SMALL);
        assertThat(RULES.size(Grade.A, Money.yuan(-5_000)).reasons())
                .containsExactly(MerchantLineRules.SALES_TOO_SMALL);
        MerchantLine e = RULES.size(Grade.E, Money.yuan(10_000_000));
        assertThat(e.approved()).isFalse();
        assertThat(e.reasons()).containsExactly(MerchantLineRules.GRADE_DECLINED);
    }

    @Test
    void shouldRefuseRulesThatMakeNoSense() {
        assertThatThrownBy(() ->
                        new MerchantLineRules(Map.of(Grade.A, new BigDecimal("1.5")), Money.yuan(1), Money.yuan(2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MerchantLineRules(Map.of(), Money.yuan(3), Money.yuan(2)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
