package com.creditline.creditlimit.account.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RaiseDatesTest {

    static final Instant NOW = Instant.parse("2026-11-01T02:00:00Z");
    static final LocalDate START = LocalDate.of(2026, 11, 1);
    static final LocalDate END = LocalDate.of(2026, 11, 11);

    CreditAccount account = CreditAccount.open(
            new OpeningCreditLine(CustomerId.of("c-1"), Money.of("1000.00"), "B", "TIER_B", "test", "approved"), NOW);

    @Test
    void shouldRecordTheStartOnceWhenTheBusinessDateReachesTheFirstDay() {
        account.addTemporaryRaise(new TemporaryRaise(Money.of("2000.00"), START, END), "staff:olga", "Double 11", NOW);

        assertThat(account.recordRaiseDates(START.minusDays(1), NOW)).isEmpty();
        List<AccountChange> started = account.recordRaiseDates(START, NOW);
        assertThat(account.recordRaiseDates(START.plusDays(1), NOW)).isEmpty();

        assertThat(started).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(AccountChange.Kind.TEMPORARY_RAISE_STARTED);
            assertThat(c.oldLimit()).isEqualTo(Money.of("1000.00"));
            assertThat(c.newLimit()).isEqualTo(Money.of("3000.00"));
            assertThat(c.reason()).isEqualTo("temporary raise started: +2000.00 from 2026-11-01 to 2026-11-11 (ops)");
            assertThat(c.announcesLimit()).isTrue();
        });
        assertThat(account.raises().getFirst().stateOn(START)).isEqualTo(TemporaryRaise.State.IN_FORCE);
    }

    @Test
    void shouldRecordTheLapseOnceWhenTheBusinessDatePassesTheLastDay() {
        account.addTemporaryRaise(new TemporaryRaise(Money.of("2000.00"), START, END), "staff:olga", "Double 11", NOW);
        account.recordRaiseDates(START, NOW);

        assertThat(account.recordRaiseDates(END, NOW)).isEmpty();
        List<AccountChange> lapsed = account.recordRaiseDates(END.plusDays(1), NOW);
        assertThat(account.recordRaiseDates(END.plusDays(30), NOW)).isEmpty();

        assertThat(lapsed).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(AccountChange.Kind.TEMPORARY_RAISE_LAPSED);
            assertThat(c.oldLimit()).isEqualTo(Money.of("3000.00"));
            assertThat(c.newLimit()).isEqualTo(Money.of("1000.00"));
        });
        assertThat(account.raises().getFirst().stateOn(END.plusDays(1))).isEqualTo(TemporaryRaise.State.LAPSED);
    }

    @Test
    void shouldRecordBothStartAndLapseWhenTheDateJumpsPastTheWholeRaise() {
        account.addTemporaryRaise(new TemporaryRaise(Money.of("2000.00"), START, END), "staff:olga", "Double 11", NOW);

        assertThat(account.recordRaiseDates(END.plusDays(5), NOW))
                .extracting(AccountChange::kind)
                .containsExactly(AccountChange.Kind.TEMPORARY_RAISE_STARTED, AccountChange.Kind.TEMPORARY_RAISE_LAPSED);
    }
}
