package com.creditline.risk.behaviour.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.money.Money;
import com.creditline.risk.scoring.Grade;
import org.junit.jupiter.api.Test;

class BehaviourLimitTest {

    @Test
    void shouldRaiseForGoodGradesAndCutForBadOnesInWholeHundreds() {
        assertThat(BehaviourLimit.recommended(Money.yuan(10_000), Grade.A)).isEqualTo(Money.yuan(12_000));
        assertThat(BehaviourLimit.recommended(Money.of("8050.00"), Grade.B)).isEqualTo(Money.yuan(8_800));
        assertThat(BehaviourLimit.recommended(Money.yuan(10_000), Grade.C)).isEqualTo(Money.yuan(10_000));
        assertThat(BehaviourLimit.recommended(Money.yuan(10_000), Grade.D)).isEqualTo(Money.yuan(7_000));
        assertThat(BehaviourLimit.recommended(Money.yuan(10_000), Grade.E)).isEqualTo(Money.yuan(5_000));
    }

    @Test
    void shouldStayWithinTheProductsLimits() {
        assertThat(BehaviourLimit.recommended(Money.yuan(190_000), Grade.A)).isEqualTo(Money.yuan(200_000));
        assertThat(BehaviourLimit.recommended(Money.yuan(600), Grade.E)).isEqualTo(Money.yuan(500));
    }
}
