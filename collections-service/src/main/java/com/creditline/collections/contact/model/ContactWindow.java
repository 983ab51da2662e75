package com.creditline.collections.contact.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The hours a customer may be contacted, in the customer's own time zone: from {@code opens}
 * (included) to {@code closes} (excluded), so with 08:00-21:00 a contact at 08:00:00 goes out and
 * one at 21:00:00 waits for 08:00 the next day.
 */
public record ContactWindow(LocalTime opens, LocalTime closes) {

    public ContactWindow {
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException(
                    "the contact window must open before it closes: " + opens + "-" + closes);
        }
    }

    /** A customer's calendar day, as instants: from its start (included) to the next day's (excluded). */
    public record Day(Instant start, Instant end) {}

    public boolean contains(Instant at, ZoneId zone) {
        LocalTime time = at.atZone(zone).toLocalTime();
        return !time.isBefore(opens) && time.isBefore(closes);
    }

    /** The first opening strictly after {@code at}: later today if before opening time, else tomorrow. */
    public Instant nextOpening(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        LocalDate date = local.toLocalDate();
        return local.toLocalTime().isBefore(opens) ? openingOn(date, zone) : openingOn(date.plusDays(1), zone);
    }

    /** The opening of the customer's next calendar day. */
    public Instant openingOnNextDay(Instant at, ZoneId zone) {
        return openingOn(at.atZone(zone).toLocalDate().plusDays(1), zone);
    }

    public Day dayOf(Instant at, ZoneId zone) {
        LocalDate date = at.atZone(zone).toLocalDate();
        return new Day(
                date.atStartOfDay(zone).toInstant(),
                date.plusDays(1).atStartOfDay(zone).toInstant());
    }

    private Instant openingOn(LocalDate date, ZoneId zone) {
        // ZonedDateTime.of moves a time that falls in a daylight-saving gap forward, never back.
        return ZonedDateTime.of(date, opens, zone).toInstant();
    }

    @Override
    public String toString() {
        return opens + "-" + closes;
    }
}
