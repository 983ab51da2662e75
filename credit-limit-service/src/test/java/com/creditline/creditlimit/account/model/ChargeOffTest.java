package com.creditline.creditlimit.account.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChargeOffTest {

    static final Instant NOW = Instant.parse("2027-06-01T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2027, 6, 1);
    static final String REASON =
            "charged off at 183 days past due: 1,234.56 principal and 12.30 fees written off on 2027-06-01";

    CreditAccount account = owing("1234.56");

    @Test
    void shouldCloseADelinquentLineAndRecordWhoAndWhy() {
        AccountChange change = account.closeOnChargeOff("repayment", REASON, NOW);

        assertThat(account.status()).isEqualTo(AccountStatus.CLOSED);
        assertThat(change.kind()).isEqualTo(AccountChange.Kind.STATUS_CHANGED);
        assertThat(change.oldStatus()).isEqualTo(AccountStatus.DELINQUENT);
        assertThat(change.newStatus()).isEqualTo(AccountStatus.CLOSED);
        assertThat(change.actor()).isEqualTo("repayment");
        assertThat(change.reason()).isEqualTo(REASON);
    }

    @Test
    void shouldChangeNothingWhenTheChargeOffIsToldAgain() {
        account.closeOnChargeOff("repayment", REASON, NOW);

        assertThat(account.closeOnChargeOff("repayment", REASON, NOW)).isNull();
        assertThat(account.status()).isEqualTo(AccountStatus.CLOSED);
    }

    @Test
    void shouldTakeTheWrittenOffPrincipalOffAClosedLineBeforeOrAfterClosing() {
        account.reducePrincipal(Money.of("1000.00"), Hold.Purpose.PURCHASE);
        account.closeOnChargeOff("repayment", REASON, NOW);
        Money applied = account.reducePrincipal(Money.of("234.56"), Hold.Purpose.PURCHASE);

        assertThat(applied).isEqualTo(Money.of("234.56"));
        assertThat(account.outstanding()).isEqualTo(Money.ZERO);
        assertThat(account.reducePrincipal(Money.of("234.56"), Hold.Purpose.PURCHASE))
                .isEqualTo(Money.ZERO);
        assertThat(account.outstanding()).isEqualTo(Money.ZERO);
    }

    @Test
    void shouldNeverLetAClosedLineSpendNorCaptureAHoldLeftOpen() {
        CreditAccount line = CreditAccount.open(opening(), NOW);
        line.reserve(Money.of("300.00"), Hold.Purpose.PURCHASE, TODAY, CashShare.NONE);
        line.closeOnChargeOff("repayment", REASON, NOW);

        assertThat(line.available(TODAY)).isEqualTo(Money.ZERO);
        assertThatThrownBy(() -> line.reserve(Money.of("1.00"), Hold.Purpose.PURCHASE, TODAY, CashShare.NONE))
                .isInstanceOf(AccountNotActive.class);
        assertThatThrownBy(() -> line.capture(Money.of("300.00"), Hold.Purpose.PURCHASE))
                .isInstanceOf(AccountClosed.class);
        assertThat(line.outstanding()).isEqualTo(Money.ZERO);
        line.release(Money.of("300.00"), Hold.Purpose.PURCHASE);
        assertThat(line.held()).isEqualTo(Money.ZERO);
    }

    private static CreditAccount owing(String principal) {
        CreditAccount line = CreditAccount.open(opening(), NOW);
        line.reserve(Money.of(principal), Hold.Purpose.PURCHASE, TODAY, CashShare.NONE);
        line.capture(Money.of(principal), Hold.Purpose.PURCHASE);
        line.followArrears(183, NOW);
        return line;
    }

    private static OpeningCreditLine opening() {
        return new OpeningCreditLine(CustomerId.of("c-1"), Money.of("5000.00"), "B", "TIER_B", "test", "approved");
    }
}
