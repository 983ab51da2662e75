package com.creditline.creditlimit.account.model;

import static com.creditline.creditlimit.account.model.Hold.Purpose.CASH;
import static com.creditline.creditlimit.account.model.Hold.Purpose.PURCHASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The cash part of a line: the cash limit, what may be drawn, and how draws and repayments move it. */
class CashPortionTest {

    static final Instant NOW = Instant.parse("2026-11-01T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 1);
    static final CashShare HALF = new CashShare(new BigDecimal("0.5"));

    static CreditAccount line(String limit) {
        return CreditAccount.open(
                new OpeningCreditLine(CustomerId.of("c-1"), Money.of(limit), "B", "TIER_B", "test", "approved"), NOW);
    }

    @Test
    void shouldLendAsCashUpToTheShareOfTheEffectiveLimitAndNoMore() {
        CreditAccount account = line("10000.00");

        account.reserve(Money.of("3000.00"), CASH, TODAY, HALF);

        LineRoom room = account.room(TODAY, HALF);
        assertThat(room.cashLimit()).isEqualTo(Money.of("5000.00"));
        assertThat(room.cashAvailable()).isEqualTo(Money.of("2000.00"));
        assertThat(room.available()).isEqualTo(Money.of("7000.00"));
        assertThat(account.cash().held()).isEqualTo(Money.of("3000.00"));
        assertThat(account.held()).isEqualTo(Money.of("3000.00"));
        assertThatThrownBy(() -> account.reserve(Money.of("2000.01"), CASH, TODAY, HALF))
                .isInstanceOf(CashLimitExceeded.class)
                .hasMessage("The amount is more than the 2000.00 CNY the credit line has available for cash.");
        account.reserve(Money.of("2000.00"), CASH, TODAY, HALF);
        assertThat(account.room(TODAY, HALF).cashAvailable()).isEqualTo(Money.ZERO);
    }

    @Test
    void shouldRoundTheCashLimitDownToTheFen() {
        CreditAccount account = line("999.99");

        assertThat(account.room(TODAY, HALF).cashLimit()).isEqualTo(Money.of("499.99"));
        assertThat(account.room(TODAY, new CashShare(new BigDecimal("0.333"))).cashLimit())
                .isEqualTo(Money.of("332.99"));
    }

    @Test
    void shouldNeverOfferMoreCashThanTheLineHasAvailable() {
        CreditAccount account = line("1000.00");
        account.reserve(Money.of("800.00"), PURCHASE, TODAY, HALF);

        assertThat(account.room(TODAY, HALF).cashAvailable()).isEqualTo(Money.of("200.00"));
        assertThatThrownBy(() -> account.reserve(Money.of("200.01"), CASH, TODAY, HALF))
                .isInstanceOf(CashLimitExceeded.class)
                .hasMessageContaining("200.00 CNY");
    }

    @Test
    void shouldMoveACapturedDrawIntoCashOutstandingAndRestoreItWhenRepaid() {
        CreditAccount account = line("10000.00");
        account.reserve(Money.of("4000.00"), CASH, TODAY, HALF);

        account.capture(Money.of("3000.00"), CASH);
        account.release(Money.of("1000.00"), CASH);

        assertThat(account.cash().outstanding()).isEqualTo(Money.of("3000.00"));
        assertThat(account.cash().held()).isEqualTo(Money.ZERO);
        assertThat(account.outstanding()).isEqualTo(Money.of("3000.00"));
        assertThat(account.room(TODAY, HALF).cashAvailable()).isEqualTo(Money.of("2000.00"));

        account.reducePrincipal(Money.of("1200.00"), CASH);

        assertThat(account.cash().outstanding()).isEqualTo(Money.of("1800.00"));
        assertThat(account.room(TODAY, HALF).cashAvailable()).isEqualTo(Money.of("3200.00"));
    }

    @Test
    void shouldLeaveTheCashPartAloneForAPurchaseAndNeverTakeItBelowZero() {
        CreditAccount account = line("10000.00");
        account.reserve(Money.of("1000.00"), CASH, TODAY, HALF);
        account.capture(Money.of("1000.00"), CASH);
        account.reserve(Money.of("2000.00"), PURCHASE, TODAY, HALF);
        account.capture(Money.of("2000.00"), PURCHASE);

        account.reducePrincipal(Money.of("500.00"), PURCHASE);
        assertThat(account.cash().outstanding()).isEqualTo(Money.of("1000.00"));

        account.reducePrincipal(Money.of("1500.00"), CASH);
        assertThat(account.cash().outstanding()).isEqualTo(Money.ZERO);
        assertThat(account.outstanding()).isEqualTo(Money.of("1000.00"));
    }

    @Test
    void shouldNeverOweMoreCashThanTheLineOwes() {
        CreditAccount account = line("10000.00");
        account.reserve(Money.of("1000.00"), CASH, TODAY, HALF);
        account.capture(Money.of("1000.00"), CASH);

        account.reducePrincipal(Money.of("800.00"), PURCHASE);

        assertThat(account.outstanding()).isEqualTo(Money.of("200.00"));
        assertThat(account.cash().outstanding()).isEqualTo(Money.of("200.00"));
    }

    @Test
    void shouldFreeTheCashHeldWhenAPurchaseHoldIsReleasedOnlyForCash() {
        CreditAccount account = line("10000.00");
        account.reserve(Money.of("1000.00"), CASH, TODAY, HALF);
        account.reserve(Money.of("1000.00"), PURCHASE, TODAY, HALF);

        account.release(Money.of("1000.00"), PURCHASE);
        assertThat(account.cash().held()).isEqualTo(Money.of("1000.00"));

        account.release(Money.of("1000.00"), CASH);
        assertThat(account.cash().held()).isEqualTo(Money.ZERO);
        assertThat(account.held()).isEqualTo(Money.ZERO);
    }

    @Test
    void shouldRefuseADrawOnALineNotActiveAndLendNoCashOnAClosedOne() {
        CreditAccount account = line("10000.00");
        account.changeStatus(AccountStatus.FROZEN, "fraud-check", "fraud decline", NOW);

        assertThatThrownBy(() -> account.reserve(Money.of("1.00"), CASH, TODAY, HALF))
                .isInstanceOf(AccountNotActive.class);

        account.changeStatus(AccountStatus.CLOSED, "repayment", "charged off", NOW);
        assertThat(account.room(TODAY, HALF).cashAvailable()).isEqualTo(Money.ZERO);
        assertThat(account.room(TODAY, HALF).cashLimit()).isEqualTo(Money.ZERO);
    }

    @Test
    void shouldRefuseAShareOutsideZeroToOne() {
        assertThatThrownBy(() -> new CashShare(new BigDecimal("1.01"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CashShare(new BigDecimal("-0.1"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(new CashShare(BigDecimal.ONE).of(Money.of("1234.56"))).isEqualTo(Money.of("1234.56"));
    }
}
