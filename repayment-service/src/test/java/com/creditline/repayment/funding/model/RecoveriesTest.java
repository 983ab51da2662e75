package com.creditline.repayment.funding.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.money.Money;
import com.creditline.repayment.funding.model.Holdings.Part;
import com.creditline.repayment.funding.model.Recoveries.Loss;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecoveriesTest {

    @Test
    void shouldShareARecoveryByTheLossEachHolderBore() {
        // the bank wrote off 466.67 of principal; the platform 200.00 and 30.00 of late fees
        List<Loss> losses = List.of(
                new Loss("bank-a", Money.of("466.67"), Money.ZERO, false),
                new Loss("PLATFORM", Money.of("200.00"), Money.of("30.00"), false));

        assertThat(Recoveries.split(Money.of("300.00"), losses))
                .containsExactly(new Part("bank-a", Money.of("200.96")), new Part("PLATFORM", Money.of("99.04")));
    }

    @Test
    void shouldGiveTheRecoveryOfAGuaranteedPartToThePlatformThatPaidIt() {
        List<Loss> losses = List.of(
                new Loss("bank-g", Money.of("466.67"), Money.ZERO, true),
                new Loss("PLATFORM", Money.of("200.00"), Money.of("30.00"), false));

        assertThat(Recoveries.split(Money.of("300.00"), losses))
                .containsExactly(new Part("PLATFORM", Money.of("300.00")));
    }

    @Test
    void shouldGiveARecoveryToThePlatformWhenNoLossWasRecorded() {
        assertThat(Recoveries.split(Money.of("12.34"), List.of()))
                .containsExactly(new Part("PLATFORM", Money.of("12.34")));
        assertThat(Recoveries.split(
                        Money.of("12.34"),
                        List.of(
                                new Loss("bank-a", Money.ZERO, Money.ZERO, false),
                                new Loss("PLATFORM", Money.ZERO, Money.ZERO, false))))
                .containsExactly(new Part("PLATFORM", Money.of("12.34")));
    }

    @Test
    void shouldSplitEveryRecoveryExactlyToTheFen() {
        List<Loss> losses = List.of(
                new Loss("bank-a", Money.of("700.01"), Money.ZERO, false),
                new Loss("PLATFORM", Money.of("299.99"), Money.of("0.51"), false));
        for (long fen = 1; fen <= 5_000; fen += 13) {
            Money recovered = Money.ofFen(fen);
            List<Part> parts = Recoveries.split(recovered, losses);
            assertThat(Money.sum(parts.stream().map(Part::amount).toList())).isEqualTo(recovered);
            assertThat(parts).allMatch(p -> !p.amount().isNegative());
        }
    }
}
