package com.creditline.common.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class BusinessClockTest {

    // 2026-11-10 17:00 UTC is already 2026-11-11 01:00 in Shanghai.
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-10T17:00:00Z"), ZoneOffset.UTC);

    @Test
    void shouldTakeTheBusinessDateFromItsSourceNeverFromTheClock() {
        BusinessClock businessClock =
                new BusinessClock(clock, BusinessClock.PLATFORM_ZONE, () -> LocalDate.of(2026, 12, 1));

        assertThat(businessClock.businessDate()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(businessClock.now()).isEqualTo(Instant.parse("2026-11-10T17:00:00Z"));
    }

    @Test
    void shouldCountTheCalendarDateInThePlatformZone() {
        BusinessClock businessClock =
                new BusinessClock(clock, BusinessClock.PLATFORM_ZONE, () -> LocalDate.of(2026, 12, 1));

        assertThat(businessClock.calendarDate()).isEqualTo(LocalDate.of(2026, 11, 11));
    }
}
