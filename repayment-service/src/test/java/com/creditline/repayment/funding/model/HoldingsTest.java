package com.creditline.repayment.funding.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.money.Money;
import com.creditline.repayment.funding.model.Holdings.Holding;
import com.creditline.repayment.funding.model.Holdings.Part;
import java.util.List;
import org.junit.jupiter.api.Test;

class HoldingsTest {

    static Holdings seventyThirty() {
        return new Holdings(List.of(
                new Holding("bank-a", Money.of("700.00"), Money.of("700.00")),
                new Holding("PLATFORM", Money.of("300.00"), Money.of("300.00"))));
    }

    @Test
    void shouldShareEachRepaymentByWhatEachHolderHoldsToTheFen() {
        Holdings holdings = seventyThirty();

        assertThat(holdings.reduce(Money.of("333.33")))
                .containsExactly(new Part("bank-a", Money.of("233.33")), new Part("PLATFORM", Money.of("100.00")));
        assertThat(holdings.reduce(Money.of("333.33")))
                .containsExactly(new Part("bank-a", Money.of("233.33")), new Part("PLATFORM", Money.of("100.00")));
        assertThat(holdings.reduce(Money.of("333.34")))
                .containsExactly(new Part("bank-a", Money.of("233.34")), new Part("PLATFORM", Money.of("100.00")));
        assertThat(holdings.holdings()).extracting(Holding::outstanding).containsOnly(Money.ZERO);
    }

    @Test
    void shouldNeverTakeAHolderBelowZeroHoweverTheAmountsFall() {
        Holdings holdings = new Holdings(List.of(
                new Holding("bank-a", Money.of("0.07"), Money.of("0.07")),
                new Holding("PLATFORM", Money.of("0.03"), Money.of("0.03"))));
        for (int i = 0; i < 10; i++) {
            holdings.reduce(Money.of("0.01"));
            assertThat(holdings.holdings()).allMatch(h -> !h.outstanding().isNegative());
        }
        assertThat(holdings.holdings()).extracting(Holding::outstanding).containsOnly(Money.ZERO);
    }

    @Test
    void shouldOpenAPlanInTheBooksOfEachHolderByWhatItFunded() {
        assertThat(seventyThirty().opening(Money.of("1000.00")))
                .containsExactly(new Part("bank-a", Money.of("700.00")), new Part("PLATFORM", Money.of("300.00")));
    }
}
