package com.creditline.creditlimit.account.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FreezeTest {

    static final Instant NOW = Instant.parse("2026-11-01T02:00:00Z");

    CreditAccount account = CreditAccount.open(
            new OpeningCreditLine(CustomerId.of("c-1"), Money.of("1000.00"), "B", "TIER_B", "test", "approved"), NOW);

    @Test
    void shouldFreezeForFraudAndRecordWhoAndWhy() {
        AccountChange change = account.freeze("fraud-check", "fraud decline of order o-1: BLOCKED_DEVICE", NOW);

        assertThat(account.status()).isEqualTo(AccountStatus.FROZEN);
        assertThat(change.kind()).isEqualTo(AccountChange.Kind.STATUS_CHANGED);
        assertThat(change.oldStatus()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(change.actor()).isEqualTo("fraud-check");
        assertThat(account.freeze("collections", "90 days past due", NOW)).isNull();
    }

    @Test
    void shouldNotLetACuredArrearsLiftAFreeze() {
        account.followArrears(5, NOW);
        assertThat(account.status()).isEqualTo(AccountStatus.DELINQUENT);
        account.freeze("fraud-check", "fraud decline of order o-1: VELOCITY", NOW);

        assertThat(account.followArrears(0, NOW)).isNull();
        assertThat(account.followArrears(12, NOW)).isNull();

        assertThat(account.status()).isEqualTo(AccountStatus.FROZEN);
    }

    @Test
    void shouldLetAnOfficerLiftTheFreeze() {
        account.freeze("fraud-check", "fraud decline of order o-1: VELOCITY", NOW);

        AccountChange lifted = account.changeStatus(AccountStatus.ACTIVE, "staff:olga", "customer confirmed", NOW);

        assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(lifted.actor()).isEqualTo("staff:olga");
    }

    @Test
    void shouldLeaveAClosedLineClosedWithoutAnError() {
        account.changeStatus(AccountStatus.CLOSED, "repayment", "charged off", NOW);

        assertThat(account.freeze("fraud-check", "fraud decline of order o-1: VELOCITY", NOW))
                .isNull();
        assertThat(account.followArrears(0, NOW)).isNull();
        assertThat(account.status()).isEqualTo(AccountStatus.CLOSED);
    }

    @Test
    void shouldCureADelinquentLineThatWasNeverFrozen() {
        account.followArrears(3, NOW);

        assertThat(account.followArrears(0, NOW).newStatus()).isEqualTo(AccountStatus.ACTIVE);
    }
}
