package com.creditline.gateway.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

/**
 * What an admin looks for in the audit log; every filter optional: the actor ({@code staff:alice},
 * or just the staff member's name), the method, a text in the path or in the reason (any case), and
 * when ({@code from} inclusive, {@code to} exclusive). Refuses a filter that cannot match anything
 * sensible with an {@link IllegalArgumentException} (a 400).
 */
record AuditSearch(
        String actor, String method, String pathContains, String reasonContains, Instant from, Instant to, int limit) {

    /** The methods the log records: only changes are audited. */
    static final Set<String> METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

    static final int MAX_TEXT = 500;

    static AuditSearch of(String actor, String method, String path, String reason, String from, String to, int limit) {
        String verb = text("method", method);
        if (verb != null && !METHODS.contains(verb.toUpperCase(Locale.ROOT))) {
            throw new IllegalArgumentException("method must be one of POST, PUT, PATCH, DELETE.");
        }
        Instant since = instant("from", from);
        Instant until = instant("to", to);
        if (since != null && until != null && !since.isBefore(until)) {
            throw new IllegalArgumentException("from must be before to.");
        }
        return new AuditSearch(
                text("actor", actor),
                verb == null ? null : verb.toUpperCase(Locale.ROOT),
                text("path", path),
                text("reason", reason),
                since,
                until,
                Math.max(1, Math.min(limit, 1000)));
    }

    private static String text(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw new IllegalArgumentException(name + " must be at most " + MAX_TEXT + " characters.");
        }
        return value.strip();
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be an instant such as 2026-12-01T00:00:00Z.");
        }
    }
}
