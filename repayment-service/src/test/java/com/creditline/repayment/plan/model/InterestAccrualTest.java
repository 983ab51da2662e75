package com.creditline.repayment.plan.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.money.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InterestAccrualTest {

    static final LocalDate START = LocalDate.of(2026, 4, 1);
    static final LocalDate DUE = LocalDate.of(2026, 5, 1);

    @Test
    void shouldEarnThePeriodsInterestEvenlyOverItsDays() {
        // 10,000.00 at 0.0003 a day for 30 days is 90.00; 10 days of it are 30.00
        assertThat(earned("90.00", "0.00", START, START.plusDays(10))).isEqualTo(Money.of("30.00"));
        assertThat(earned("90.00", "0.00", START, START.plusDays(29))).isEqualTo(Money.of("87.00"));
    }

    @Test
    void shouldRoundTheInterestEarnedHalfUpToTheFen() {
        // 10.00 over 30 days: 0.3333... a day
        assertThat(earned("10.00", "0.00", START, START.plusDays(1))).isEqualTo(Money.of("0.33"));
        assertThat(earned("10.00", "0.00", START, START.plusDays(2))).isEqualTo(Money.of("0.67"));
    }

    @Test
    void shouldEarnNothingOnThePeriodsFirstDayAndAllOfItFromTheDueDateOn() {
        assertThat(earned("90.00", "0.00", START, START)).isEqualTo(Money.ZERO);
        assertThat(earned("90.00", "0.00", START, DUE)).isEqualTo(Money.of("90.00"));
        assertThat(earned("90.00", "0.00", START, DUE.plusDays(40))).isEqualTo(Money.of("90.00"));
    }

    @Test
    void shouldAccrueTheRestFromTheDateAPrepaymentFixedWhatWasEarned() {
        // 30.00 earned by day 10, the rest 30.00 (after the prepayment halved it) over the 20 days left
        LocalDate day10 = START.plusDays(10);
        assertThat(earned("60.00", "30.00", day10, START.plusDays(20))).isEqualTo(Money.of("45.00"));
        assertThat(earned("60.00", "30.00", day10, day10)).isEqualTo(Money.of("30.00"));
    }

    private static Money earned(String fee, String accrued, LocalDate from, LocalDate on) {
        return InterestAccrual.earned(Money.of(fee), Money.of(accrued), from, DUE, on);
    }
}
