package com.creditline.collections.contact.model;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Whether a contact may go out now: only inside the customer's contact window, and at most
 * {@code dailyCap} contacts a customer's calendar day. What may not go out is deferred to the next
 * window opening (outside the window) or to the next day's opening (cap reached).
 */
public record ContactRules(ContactWindow window, int dailyCap) {

    public ContactRules {
        if (dailyCap < 1) {
            throw new IllegalArgumentException("the daily cap must allow at least one contact: " + dailyCap);
        }
    }

    /** Send now, or wait until {@code until} for {@code reason}. */
    public sealed interface Decision {}

    public record Send() implements Decision {}

    public record Defer(Instant until, String reason) implements Decision {}

    /**
     * @param at the moment of the decision
     * @param zone the customer's time zone
     * @param sentToday contacts already sent in the customer's calendar day of {@code at}
     */
    public Decision decide(Instant at, ZoneId zone, long sentToday) {
        if (!window.contains(at, zone)) {
            return new Defer(window.nextOpening(at, zone), "outside contact hours " + window + " " + zone.getId());
        }
        if (sentToday >= dailyCap) {
            return new Defer(window.openingOnNextDay(at, zone), "daily cap of " + dailyCap + " contacts reached");
        }
        return new Send();
    }
}
