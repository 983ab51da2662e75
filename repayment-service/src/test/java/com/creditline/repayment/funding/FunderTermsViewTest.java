package com.creditline.repayment.funding;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.money.Money;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FunderTermsViewTest {

    static FunderView.Terms terms(Boolean guaranteed) {
        return new FunderView.Terms(
                List.of("A", "B"),
                3,
                12,
                new BigDecimal("0.2"),
                new BigDecimal("0.7"),
                Money.of("50000000.00"),
                Money.of("2000000.00"),
                new BigDecimal("0.065"),
                guaranteed);
    }

    @Test
    void shouldTakeAFunderAsNotGuaranteedUnlessTheRequestSaysItIs() {
        assertThat(terms(null).toTerms().guaranteed()).isFalse();
        assertThat(terms(false).toTerms().guaranteed()).isFalse();
        assertThat(terms(true).toTerms().guaranteed()).isTrue();
        assertThat(FunderView.Terms.of(terms(true).toTerms()).guaranteed()).isTrue();
    }
}
