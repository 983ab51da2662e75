package com.creditline.repayment.funding.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.money.Money;
import com.creditline.repayment.funding.model.Holdings.Part;
import com.creditline.repayment.journal.model.Account;
import com.creditline.repayment.journal.model.JournalEntry;
import com.creditline.repayment.journal.model.JournalLine;
import com.creditline.repayment.journal.model.Side;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuaranteesTest {

    static final LocalDate TODAY = LocalDate.of(2027, 9, 1);

    @Test
    void shouldPayOnlyTheGuaranteedFundersPartOfACharge() {
        List<Part> chargedOff =
                List.of(new Part("bank-g", Money.of("466.67")), new Part("PLATFORM", Money.of("200.00")));

        assertThat(Guarantees.guaranteed(chargedOff, List.of("bank-g")))
                .containsExactly(new Part("bank-g", Money.of("466.67")));
        assertThat(Guarantees.guaranteed(chargedOff, List.of())).isEmpty();
    }

    @Test
    void shouldUndoTheFundersLossAndMakeItThePlatformsWithEachHoldersBooksBalanced() {
        JournalEntry entry = Guarantees.pay(
                        JournalEntry.draft(TODAY, Guarantees.reference(TODAY), "guarantee", Instant.EPOCH),
                        List.of(new Part("bank-g", Money.of("466.67"))))
                .post();

        assertThat(entry.reference()).isEqualTo("guarantee:2027-09-01");
        assertThat(entry.lines())
                .extracting(l -> l.holder() + " " + l.side() + " " + l.account() + " " + l.amount())
                .containsExactlyInAnyOrder(
                        "bank-g DEBIT CASH_CLEARING 466.67",
                        "bank-g CREDIT CHARGE_OFF_EXPENSE 466.67",
                        "PLATFORM DEBIT CHARGE_OFF_EXPENSE 466.67",
                        "PLATFORM CREDIT CASH_CLEARING 466.67");
        for (String holder : List.of("bank-g", JournalLine.PLATFORM)) {
            assertThat(sum(entry, holder, Side.DEBIT)).isEqualTo(sum(entry, holder, Side.CREDIT));
        }
    }

    @Test
    void shouldSettleAFundersCashClearingToItsAccountOncePerDate() {
        JournalEntry settled = FunderSettlements.settle("bank-a", Money.of("240.10"), TODAY, Instant.EPOCH)
                .orElseThrow();

        assertThat(settled.reference()).isEqualTo("funder-settlement:bank-a:2027-09-01");
        assertThat(settled.lines())
                .extracting(l -> l.holder() + " " + l.side() + " " + l.account() + " " + l.amount())
                .containsExactly("bank-a DEBIT SETTLEMENT_BANK 240.10", "bank-a CREDIT CASH_CLEARING 240.10");
        assertThat(FunderSettlements.settle("bank-a", Money.ZERO, TODAY, Instant.EPOCH))
                .isEmpty();
        assertThat(FunderSettlements.settle("PLATFORM", Money.of("1.00"), TODAY, Instant.EPOCH))
                .isEmpty();
        assertThat(Account.SETTLEMENT_BANK.code()).isEqualTo("1000");
    }

    private static Money sum(JournalEntry entry, String holder, Side side) {
        return Money.sum(entry.lines().stream()
                .filter(l -> l.holder().equals(holder) && l.side() == side)
                .map(JournalLine::amount)
                .toList());
    }
}
