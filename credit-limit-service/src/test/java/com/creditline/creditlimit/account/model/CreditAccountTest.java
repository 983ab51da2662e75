package com.creditline.creditlimit.account.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CreditAccountTest {

    static final Instant NOW = Instant.parse("2026-11-01T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

    CreditAccount account = CreditAccount.open(
            new OpeningCreditLine(CustomerId.of("c-1"), Money.of("1000.00"), "B", "TIER_B", "test", "approved"), NOW);

    @Test
    void shouldHoldUpToTheAvailableAmountAndNoMore() {
        account.reserve(Money.of("600.00"), Hold.Purpose.PURCHASE, TODAY, CashShare.NONE);
        account.reserve(Money.of("400.00"), Hold.Purpose.PURCHASE, TODAY, CashShare.NONE);

        assertThat(account.available(TODAY)).isEqualTo(Money.ZERO);
        assertThatThrownBy(() -> account.reserve(Money.of("0.01"), Hold.Purpose.PURCHASE, TODAY, CashShare.NONE))
                .isInstanceOf(CreditLimitExceeded.class);
    }

    @Test
    void shouldTurnCapturedHoldsIntoOutstandingAndRestoreTheLineWhenRepaid() {
        account.reserve(Money.of("800.00"), Hold.Purpose.PURCHASE, TODAY, CashShare.NONE);
        account.capture(Money.of("500.00"), Hold.Purpose.PURCHASE);
        account.release(Money.of("300.00"), Hold.Purpose.PURCHASE);

        assertThat(account.outstanding()).isEqualTo(Money.of("500.00"));
        assertThat(account.held()).isEqualTo(Money.ZERO);
        assertThat(account.available(TODAY)).isEqualTo(Money.of("500.00"));

        account.reducePrincipal(Money.of("200.00"), Hold.Purpose.PURCHASE);
        assertThat(account.available(TODAY)).isEqualTo(Money.of("700.00"));
    }

    @Test
    void shouldRefuseNewSpendingUnlessActive() {
        account.changeStatus(AccountStatus.DELINQUENT, "system", "3 days past due", NOW);

        assertThatThrownBy(() -> account.reserve(Money.of("1.00"), Hold.Purpose.PURCHASE, TODAY, CashShare.NONE))
                .isInstanceOf(AccountNotActive.class);
    }

    @Test
    void shouldLetATemporaryRaiseLapseWithoutPushingAvailableBelowZero() {
        account.addTemporaryRaise(
                new TemporaryRaise(Money.of("2000.00"), TODAY, TODAY.plusDays(10)), "ops", "Double 11", NOW);
        account.reserve(Money.of("2500.00"), Hold.Purpose.PURCHASE, TODAY, CashShare.NONE);
        account.capture(Money.of("2500.00"), Hold.Purpose.PURCHASE);

        LocalDate afterFestival = TODAY.plusDays(11);
        assertThat(account.effectiveLimit(afterFestival)).isEqualTo(Money.of("1000.00"));
        assertThat(account.available(afterFestival)).isEqualTo(Money.ZERO);
        assertThatThrownBy(
                        () -> account.reserve(Money.of("1.00"), Hold.Purpose.PURCHASE, afterFestival, CashShare.NONE))
                .isInstanceOf(CreditLimitExceeded.class);
    }

    @Test
    void shouldNeverCutTheLimitBelowWhatIsOwed() {
        account.reserve(Money.of("700.00"), Hold.Purpose.PURCHASE, TODAY, CashShare.NONE);
        account.capture(Money.of("700.00"), Hold.Purpose.PURCHASE);

        AccountChange change = account.cutLimit(Money.ZERO, "system", "45 days past due", NOW);

        assertThat(change).isNotNull();
        assertThat(account.permanentLimit()).isEqualTo(Money.of("700.00"));
        assertThat(account.cutLimit(Money.ZERO, "system", "again", NOW)).isNull();
    }

    @Test
    void shouldKeepLimitsSetByOpsWithinTheProductRangeAndAboveWhatIsOwed() {
        account.reserve(Money.of("900.00"), Hold.Purpose.PURCHASE, TODAY, CashShare.NONE);
        account.capture(Money.of("900.00"), Hold.Purpose.PURCHASE);

        assertThatThrownBy(() -> account.setPermanentLimit(Money.of("499.99"), "ops", "r", NOW))
                .isInstanceOf(LimitOutOfRange.class);
        assertThatThrownBy(() -> account.setPermanentLimit(Money.of("200000.01"), "ops", "r", NOW))
                .isInstanceOf(LimitOutOfRange.class);
        assertThatThrownBy(() -> account.setPermanentLimit(Money.of("800.00"), "ops", "r", NOW))
                .isInstanceOf(LimitBelowOutstanding.class);
        assertThat(account.setPermanentLimit(Money.of("5000.00"), "ops", "good history", NOW)
                        .newLimit())
                .isEqualTo(Money.of("5000.00"));
    }
}
