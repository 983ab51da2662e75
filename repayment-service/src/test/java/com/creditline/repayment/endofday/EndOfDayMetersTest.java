package com.creditline.repayment.endofday;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EndOfDayMetersTest {

    static final LocalDate TODAY = LocalDate.parse("2026-12-03");

    @Test
    void shouldCountNoDatePendingOnceTodayIsClosedOrWhenEndOfDayIsAhead() {
        assertThat(EndOfDayLag.datesPending(TODAY.plusDays(1), TODAY)).isZero();
        assertThat(EndOfDayLag.datesPending(TODAY.plusDays(30), TODAY)).isZero();
    }

    @Test
    void shouldCountTodayAndEveryDateMissedBeforeIt() {
        assertThat(EndOfDayLag.datesPending(TODAY, TODAY)).isEqualTo(1);
        assertThat(EndOfDayLag.datesPending(TODAY.minusDays(2), TODAY)).isEqualTo(3);
    }

    @Test
    void shouldTimeRunsByOutcomeWithAFailureShownAtZeroBeforeAny() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        StepTimer timer = new StepTimer(registry);

        assertThat(registry.get(StepTimer.RUN_TIMER)
                        .tag("outcome", "failed")
                        .timer()
                        .count())
                .isZero();

        timer.runEnded(timer.runStarted(), EndOfDayRuns.Outcome.COMPLETED);

        assertThat(registry.get(StepTimer.RUN_TIMER)
                        .tag("outcome", "completed")
                        .timer()
                        .count())
                .isEqualTo(1);
        assertThat(registry.get(StepTimer.RUN_TIMER).timers()).hasSize(3);
    }
}
