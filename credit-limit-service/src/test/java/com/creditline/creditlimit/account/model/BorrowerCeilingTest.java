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

/**
 * One ceiling per borrower: whatever raises do to the line, what is owed and held for every purpose
 * never passes 200,000.00.
 */
class BorrowerCeilingTest {

    static final Instant NOW = Instant.parse("2026-11-01T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 1);
    static final CashShare HALF = new CashShare(new BigDecimal("0.5"));

    /** A line granted 230,000.00 through an officer's temporary raise. */
    static CreditAccount lineOf230000(String permanent) {
        CreditAccount account = CreditAccount.open(
                new OpeningCreditLine(CustomerId.of("c-1"), Money.of(permanent), "A", "TIER_A", "test", "approved"),
                NOW);
        Money raise = Money.of("230000.00").minus(Money.of(permanent));
        account.addTemporaryRaise(new TemporaryRaise(raise, TODAY, TODAY.plusDays(10)), "staff:olga", "618", NOW);
        return account;
    }

    @Test
    void shouldStopPurchasesAtTheCeilingThoughARaiseTakesTheLineTo230000() {
        CreditAccount account = lineOf230000("190000.00");
        account.reserve(Money.of("150000.00"), PURCHASE, TODAY, HALF);
        account.capture(Money.of("100000.00"), PURCHASE);

        assertThatThrownBy(() -> account.reserve(Money.of("60000.00"), PURCHASE, TODAY, HALF))
                .isInstanceOf(BorrowerCeilingReached.class)
                .hasMessage("The amount would take what the borrower owes and holds past the ceiling of 200000.00"
                        + " CNY per borrower; 50000.00 CNY of room is left under it.");
        account.reserve(Money.of("50000.00"), PURCHASE, TODAY, HALF);

        assertThat(account.outstanding().plus(account.held())).isEqualTo(Money.of("200000.00"));
        assertThat(account.available(TODAY)).isEqualTo(Money.ZERO);
        assertThatThrownBy(() -> account.reserve(Money.of("0.01"), PURCHASE, TODAY, HALF))
                .isInstanceOf(BorrowerCeilingReached.class);
    }

    @Test
    void shouldRefuseADrawTheLineWouldLendButTheCeilingHasNoRoomFor() {
        CreditAccount account = lineOf230000("200000.00");
        account.reserve(Money.of("180000.00"), PURCHASE, TODAY, HALF);

        LineRoom room = account.room(TODAY, HALF);
        assertThat(room.available()).isEqualTo(Money.of("20000.00"));
        assertThat(room.cashLimit()).isEqualTo(Money.of("20000.00"));
        assertThat(room.cashAvailable()).isEqualTo(Money.of("20000.00"));
        assertThatThrownBy(() -> account.reserve(Money.of("30000.00"), CASH, TODAY, HALF))
                .isInstanceOf(BorrowerCeilingReached.class)
                .hasMessageContaining("20000.00 CNY of room");
        account.reserve(Money.of("20000.00"), CASH, TODAY, HALF);
        assertThat(account.outstanding().plus(account.held())).isEqualTo(Money.of("200000.00"));
    }

    @Test
    void shouldStopPurchasesAndDrawsInAnyOrderAtTheCeiling() {
        CreditAccount account = lineOf230000("200000.00");
        account.reserve(Money.of("100000.00"), CASH, TODAY, HALF);
        account.capture(Money.of("100000.00"), CASH);

        assertThat(account.room(TODAY, HALF).cashAvailable()).isEqualTo(Money.ZERO);
        assertThatThrownBy(() -> account.reserve(Money.of("100000.01"), PURCHASE, TODAY, HALF))
                .isInstanceOf(BorrowerCeilingReached.class);
        account.reserve(Money.of("100000.00"), PURCHASE, TODAY, HALF);
        assertThat(account.room(TODAY, HALF).available()).isEqualTo(Money.ZERO);
    }

    @Test
    void shouldStillCallAnAmountAboveTheLinesOwnLimitACreditLimitExceeded() {
        CreditAccount account = CreditAccount.open(
                new OpeningCreditLine(CustomerId.of("c-2"), Money.of("10000.00"), "B", "TIER_B", "test", "approved"),
                NOW);

        assertThatThrownBy(() -> account.reserve(Money.of("300000.00"), PURCHASE, TODAY, HALF))
                .isInstanceOf(CreditLimitExceeded.class);
        assertThatThrownBy(() -> account.reserve(Money.of("300000.00"), CASH, TODAY, HALF))
                .isInstanceOf(CashLimitExceeded.class);
    }

    @Test
    void shouldShowTheEffectiveLimitAndTheCashLimitAtMostTheCeiling() {
        CreditAccount account = lineOf230000("190000.00");

        assertThat(account.effectiveLimit(TODAY)).isEqualTo(Money.of("200000.00"));
        assertThat(account.room(TODAY, new CashShare(BigDecimal.ONE)).cashLimit())
                .isEqualTo(Money.of("200000.00"));
        assertThat(account.available(TODAY)).isEqualTo(Money.of("200000.00"));
    }
}
