package com.creditline.common.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The one source of time for business rules: the instant, from an injected {@link Clock}, and the
 * business date, the date end of day has committed, from a {@link BusinessDateSource} (in a service,
 * its schema's {@code business_date} row, read the same by every replica). The business date never
 * comes from the wall clock: {@link #calendarDate()} is the wall calendar, for schedules and
 * guards only.
 */
public final class BusinessClock {

    public static final ZoneId PLATFORM_ZONE = ZoneId.of("Asia/Shanghai");

    private final Clock clock;
    private final ZoneId zone;
    private final BusinessDateSource businessDate;

    public BusinessClock(Clock clock, ZoneId zone, BusinessDateSource businessDate) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.businessDate = Objects.requireNonNull(businessDate, "businessDate");
    }

    /** A clock at a fixed instant and business date, for tests of code that takes a clock. */
    public static BusinessClock fixed(Instant now, LocalDate businessDate) {
        return new BusinessClock(Clock.fixed(now, PLATFORM_ZONE), PLATFORM_ZONE, () -> businessDate);
    }

    public Instant now() {
        return clock.instant();
    }

    /** The platform's zone: where the business date and the calendar date are counted. */
    public ZoneId zone() {
        return zone;
    }

    /** The date end of day has reached and committed. */
    public LocalDate businessDate() {
        return businessDate.current();
    }

    /**
     * Today on the wall calendar in the platform's zone. Not a business date: for what runs by the
     * calendar (end of day's schedule, the guard against running it far ahead, the very first
     * business date of a fresh platform), never for a business decision.
     */
    public LocalDate calendarDate() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }
}
