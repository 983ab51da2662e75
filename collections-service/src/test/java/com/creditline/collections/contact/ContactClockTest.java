package com.creditline.collections.contact;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.time.BusinessClock;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ContactClockTest {

    static final Instant TEN_IN_SHANGHAI = Instant.parse("2026-03-02T02:00:00Z");

    @Test
    void shouldBeTheBusinessClocksNowWhileTheBusinessDateIsToday() {
        BusinessClock clock =
                new BusinessClock(Clock.fixed(TEN_IN_SHANGHAI, ZoneOffset.UTC), BusinessClock.PLATFORM_ZONE);

        assertThat(new ContactClock(clock).now()).isEqualTo(TEN_IN_SHANGHAI);
    }

    @Test
    void shouldKeepTheTimeOfDayOnABusinessDateMovedAhead() {
        BusinessClock clock =
                new BusinessClock(Clock.fixed(TEN_IN_SHANGHAI, ZoneOffset.UTC), BusinessClock.PLATFORM_ZONE);
        clock.advanceTo(LocalDate.of(2026, 3, 12));

        assertThat(new ContactClock(clock).now()).isEqualTo(Instant.parse("2026-03-12T02:00:00Z"));
    }
}
