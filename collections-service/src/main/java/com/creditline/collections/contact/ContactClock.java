package com.creditline.collections.contact;

import com.creditline.common.time.BusinessClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The moment contact decisions are made at: the business clock's time of day on the business
 * date. In production the business date is today and this is simply now; when end of day (or a
 * test, or a demo) has moved the business date ahead, contacts follow it, so a reminder due on a
 * business date is decided by that date's contact hours.
 */
public final class ContactClock {

    private final BusinessClock clock;

    public ContactClock(BusinessClock clock) {
        this.clock = clock;
    }

    public Instant now() {
        Instant now = clock.now();
        LocalDate calendarDate = LocalDate.ofInstant(now, clock.zone());
        long daysAhead = ChronoUnit.DAYS.between(calendarDate, clock.businessDate());
        return now.atZone(clock.zone()).plusDays(daysAhead).toInstant();
    }
}
