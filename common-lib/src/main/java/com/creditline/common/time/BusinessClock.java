package com.creditline.common.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one source of time for business rules: the instant (from an injected {@link Clock}) and the
 * business date, which is the date end-of-day processing has reached. Until end of day moves it,
 * the business date is the clock's date in the platform's zone (Asia/Shanghai by default). It only
 * ever moves forward, so tests and demos can jump to a due date but never undo one.
 */
public final class BusinessClock {

    public static final ZoneId PLATFORM_ZONE = ZoneId.of("Asia/Shanghai");

    private final Clock clock;
    private final ZoneId zone;
    private final AtomicReference<LocalDate> reached = new AtomicReference<>();

    public BusinessClock(Clock clock, ZoneId zone) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public static BusinessClock system() {
        return new BusinessClock(Clock.systemUTC(), PLATFORM_ZONE);
    }

    public Instant now() {
        return clock.instant();
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalDate businessDate() {
        LocalDate calendarDate = LocalDate.ofInstant(clock.instant(), zone);
        LocalDate moved = reached.get();
        return moved == null || moved.isBefore(calendarDate) ? calendarDate : moved;
    }

    /**
     * Moves the business date forward to {@code date}; a date before the current business date is
     * refused.
     */
    public LocalDate advanceTo(LocalDate date) {
        LocalDate current = businessDate();
        if (date.isBefore(current)) {
            throw new IllegalArgumentException("the business date only moves forward: " + current + " -> " + date);
        }
        reached.accumulateAndGet(date, (a, b) -> a == null || b.isAfter(a) ? b : a);
        return businessDate();
    }
}
