package com.creditline.repayment.journal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.creditline.common.money.Money;
import com.creditline.repayment.plan.model.LedgerKind;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JournalEntryTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    static final Instant NOW = Instant.parse("2026-12-02T02:00:00Z");

    static JournalEntry.Draft draft() {
        return JournalEntry.draft(TODAY, "payment:p-1", "plan p", NOW);
    }

    @Test
    void shouldPostAPaymentSplitAcrossPrincipalFeeAndLateFeeAsOneBalancedEntry() {
        JournalEntry.Draft draft = draft();
        LedgerKind.PAYMENT_PRINCIPAL.book(draft, Money.of("100.00"));
        LedgerKind.PAYMENT_FEE.book(draft, Money.of("6.00"));
        LedgerKind.PAYMENT_LATE_FEE.book(draft, Money.of("0.51"));

        JournalEntry entry = draft.post();

        assertThat(entry.lines())
                .extracting(JournalLine::account, JournalLine::side, JournalLine::amount)
                .containsExactly(
                        tuple(Account.CASH_CLEARING, Side.DEBIT, Money.of("106.51")),
                        tuple(Account.PRINCIPAL_RECEIVABLE, Side.CREDIT, Money.of("100.00")),
                        tuple(Account.FEE_INCOME, Side.CREDIT, Money.of("6.00")),
                        tuple(Account.LATE_FEE_RECEIVABLE, Side.CREDIT, Money.of("0.51")));
        assertThat(entry.lines()).allMatch(l -> l.holder().equals(JournalLine.PLATFORM));
    }

    @Test
    void shouldRefuseAnEntryWhoseSidesDifferByAFen() {
        JournalEntry.Draft draft =
                draft().debit(Account.CASH_CLEARING, Money.of("10.00")).credit(Account.FEE_INCOME, Money.of("9.99"));

        assertThatThrownBy(draft::post)
                .isInstanceOf(EntryNotBalanced.class)
                .hasMessageContaining("debits 10.00")
                .hasMessageContaining("credits 9.99");
    }

    @Test
    void shouldRefuseAnEntryThatMovesNothing() {
        JournalEntry.Draft draft = draft();
        LedgerKind.FEE_WAIVED.book(draft, Money.of("5.00"));
        LedgerKind.REFUND_FEE_REDUCTION.book(draft, Money.of("2.00"));

        assertThat(draft.isEmpty()).isTrue();
        assertThatThrownBy(draft::post).isInstanceOf(EntryNotBalanced.class);
    }

    @Test
    void shouldBookEveryKindOfLedgerMovementBalancedOrNotAtAll() {
        for (LedgerKind kind : LedgerKind.values()) {
            JournalEntry.Draft draft = draft();
            kind.book(draft, Money.of("12.34"));
            if (!draft.isEmpty()) {
                JournalEntry entry = draft.post();
                assertThat(entry.lines()).as(kind.name()).hasSize(2);
            }
        }
    }

    @Test
    void shouldReverseAnEntryLineByLineToTheOtherSide() {
        JournalEntry entry = draft().debit(Account.PRINCIPAL_RECEIVABLE, Money.of("300.00"))
                .credit(Account.MERCHANT_PAYABLE, Money.of("300.00"))
                .post();

        JournalEntry reversal = entry.reversal(TODAY.plusDays(1), "correction:1", NOW);

        assertThat(reversal.lines())
                .extracting(JournalLine::account, JournalLine::side)
                .containsExactly(
                        tuple(Account.PRINCIPAL_RECEIVABLE, Side.CREDIT), tuple(Account.MERCHANT_PAYABLE, Side.DEBIT));
        assertThat(reversal.reference()).isEqualTo("correction:1");
    }

    @Test
    void shouldGiveEachCategoryItsNormalSide() {
        assertThat(Account.CASH_CLEARING.category().normalSide()).isEqualTo(Side.DEBIT);
        assertThat(Account.MERCHANT_PAYABLE.category().normalSide()).isEqualTo(Side.CREDIT);
        assertThat(Account.FEE_INCOME.category().normalSide()).isEqualTo(Side.CREDIT);
        assertThat(Account.OPENING_BALANCES.category().normalSide()).isEqualTo(Side.CREDIT);
    }
}
